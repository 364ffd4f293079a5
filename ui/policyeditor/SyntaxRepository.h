#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace custos {

// The one KSyntaxHighlighting repository of the console. Loading definitions is slow and every
// highlighter can share them. Call from the GUI thread only.
KSyntaxHighlighting::Repository &sharedSyntaxRepository();

} // namespace custos
