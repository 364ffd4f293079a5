#include "ui/policyeditor/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

namespace custos {

KSyntaxHighlighting::Repository &sharedSyntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    // Adding a search path reloads every definition, which is why it happens once, here.
    [[maybe_unused]] static const bool withPolicySyntax =
        (repository.addCustomSearchPath(QStringLiteral(":/custos")), true);
    return repository;
}

} // namespace custos
