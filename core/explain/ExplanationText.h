#pragma once

#include "core/explain/InteractionExplanation.h"

#include <QString>

namespace custos {

// The plain-text view of an explanation, one screen: what was received and passed on, the
// decision with its rules and hits, the policy version, the exceptions and the chain position.
// `custosctl explain` prints it; the console's Explain dialog shows the same text.
class ExplanationText
{
public:
    static QString format(const InteractionExplanation &explanation);
    // Texts longer than this are cut, with the number of characters left out, to keep one screen.
    static constexpr qsizetype kMaxTextLength = 400;

private:
    static QString header(const InteractionExplanation &explanation);
    static QString decisionSection(const InteractionPayload &payload);
    static QString bodySection(const InteractionPayload &payload);
    static QString policySection(const ExplainedPolicy &policy);
    static QString exceptionSection(const ExplainedException &exception);
    static QString chainSection(const ExplainedChain &chain);
};

} // namespace custos
