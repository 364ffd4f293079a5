#pragma once

#include "core/policy/Decision.h"
#include "core/policy/EvaluationContext.h"
#include "core/policy/Redactor.h"
#include "core/policy/detectors/StreamScanner.h"

#include <QStringView>

#include <memory>

namespace custos {

class PolicyEngine;
struct CompiledRule;

// Applies the policy's response rules to one streamed response, delta by delta. Text is only
// released once the detectors' hold-back window has passed it, so a secret split across chunks
// is still caught; released text is redacted per the rules, and a block stops the stream. One
// per stream, not thread-safe; it keeps its engine alive.
class StreamPolicy
{
public:
    struct Output
    {
        QString text;                  // safe to send now (redacted where the rules say so)
        std::vector<DetectorHit> hits; // found in this output, offsets from the start of the stream
        bool blocked = false;          // stop the stream: send no more text, report decision().message
    };

    StreamPolicy(std::shared_ptr<const PolicyEngine> engine, EvaluationContext context);

    Output feed(QStringView delta);
    Output finish();

    bool blocked() const { return m_blocked; }
    // The decision so far, over everything released; after finish() it is the stream's decision.
    const Decision &decision() const { return m_decision; }

private:
    Output apply(StreamScanner::Release release);

    std::shared_ptr<const PolicyEngine> m_engine;
    EvaluationContext m_context;
    StreamScanner m_scanner;
    Redactor m_redactor;
    Decision m_decision;
    qint64 m_textBytes = 0;
    qsizetype m_releasedCodePoints = 0;
    bool m_blocked = false;
    bool m_evaluated = false;
    std::vector<const CompiledRule *> m_fired;
};

} // namespace custos
