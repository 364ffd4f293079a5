#pragma once

#include "core/common/Error.h"
#include "core/policy/Decision.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace custos {

class EvidenceStore;
class PolicyEngine;
struct EvidenceEvent;
struct InteractionPayload;

// One past interaction whose decision the draft would change.
struct ReplayChange
{
    qint64 seq = 0;
    QDateTime time;
    QString service;
    QString user;
    QString model;
    QString recordedDecision;
    QStringList recordedRules;
    QString draftDecision;
    QStringList draftRules;
    QString exceptionId; // the interaction passed under this exception; its rules stay exempt in the replay
};

// One recorded interaction decided again under another policy.
struct Redecision
{
    QString action;     // actionName of the strongest action
    QStringList rules;  // every rule that fired, request first
    Decision onRequest; // the request's decision, with its hits
};

// Re-decides the interactions recorded since a point in time with a draft policy, to show a risk
// officer which decisions a publish would change before it happens. The request as received is
// re-evaluated; so is a non-streamed response, while a streamed one keeps its recorded decision.
// Rules an approved exception covered at the time stay exempt.
// Works page by page so the console can show progress and cancel.
class DraftReplay
{
public:
    DraftReplay(const EvidenceStore &store, std::shared_ptr<const PolicyEngine> draft, QDateTime since);

    // Examines up to `maxEvents` more interactions; false once all of them were examined.
    Result<bool> step(int maxEvents = 500);

    int examined() const { return m_examined; }
    // Interactions that cannot be replayed: payload erased by retention, or no request recorded.
    int skipped() const { return m_skipped; }
    const std::vector<ReplayChange> &changes() const { return m_changes; }

    // One interaction under `policy`, as step() re-decides it; nullopt when it cannot be replayed
    // (no API or no request recorded). The drift watchers use it to compare like with like.
    static std::optional<Redecision> redecide(const PolicyEngine &policy, const EvidenceEvent &event,
                                              const InteractionPayload &payload);

private:
    void replay(const EvidenceEvent &event);

    const EvidenceStore &m_store;
    std::shared_ptr<const PolicyEngine> m_draft;
    QDateTime m_since;
    qint64 m_cursor = 0;
    bool m_done = false;
    int m_examined = 0;
    int m_skipped = 0;
    std::vector<ReplayChange> m_changes;
};

} // namespace custos
