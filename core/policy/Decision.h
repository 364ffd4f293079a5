#pragma once

#include "core/policy/PolicyTypes.h"
#include "core/policy/detectors/DetectorSpec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace custos {

// One rule that matched. monitorOnly: the rule (or the policy) is in monitor mode, so `action` is
// what it would have done; it was recorded, not enforced.
struct FiredRule
{
    QString id;
    Action action = Action::Allow;
    QString message;
    QStringList approvers;
    QString route;
    bool monitorOnly = false;
};

// A detector hit and where it was found: a JSON path into the body such as
// "$.messages[2].content[0].text" (offsets are code points within that string).
struct PolicyHit
{
    DetectorHit hit;
    QString path;
};

struct Decision
{
    Action action = Action::Allow;
    std::vector<FiredRule> rules; // in policy order
    std::vector<PolicyHit> hits;
    // What to forward: the redacted body when the action is redact, the body as given otherwise.
    QJsonObject transformedBody;
    QString route;         // the reroute target, else the route of the context
    QString policyHash;    // the version that decided
    bool failOpen = false; // every rule that fired (or the policy) allows failing open
    QString message;       // for the caller when blocked; the deciding rule's message otherwise
    QString decidingRule;  // the rule that set the action, empty when nothing enforcing fired
    // Parts of the body Custos could not read ("$.messages[0].content[1].source.data (application/pdf is
    // not a text media type)"). With failure_mode closed they block, with no rule deciding.
    QStringList unreadable;

    bool blocksRequest() const { return action == Action::Block || action == Action::RequireException; }
    QStringList dataClasses() const; // distinct classes of all hits, sorted
    QStringList ruleIds() const;
};

} // namespace custos
