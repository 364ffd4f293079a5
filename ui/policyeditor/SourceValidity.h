#pragma once

namespace custos {

// The states of a validated source view, as Wireshark's syntax_line_edit shows them: nothing to
// check, a check pending, and its verdict.
enum class SourceValidity { Empty, Busy, Invalid, Valid };

} // namespace custos
