#pragma once

#include "core/evidence/EvidenceEvent.h"
#include "core/policy/InteractionPayload.h"

#include <QCoreApplication>
#include <QString>

namespace custos {

// One interaction from the ledger as the feed's detail pane shows it: the prompt and response as
// received and as forwarded or returned, detector hits marked in the text, the rules that fired,
// the policy version and the exception used (as custos:// links the console can follow).
class InteractionDetailHtml
{
    Q_DECLARE_TR_FUNCTIONS(InteractionDetailHtml)

public:
    static QString render(const EvidenceEvent &event);

private:
    // One side of the exchange: the request (received, forwarded) or the response (received,
    // returned), with the hits of that side's decisions marked.
    static QString side(const QString &title, const QJsonValue &received, const QJsonValue &passedOn,
                        const QList<InteractionHit> &hits);
    static QString marked(const QString &text, QList<std::pair<int, int>> spans);
};

} // namespace custos
