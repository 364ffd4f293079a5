#include "ui/policyeditor/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

namespace custos {

KSyntaxHighlighting::Repository &sharedSyntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace custos
