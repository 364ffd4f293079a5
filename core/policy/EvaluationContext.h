#pragma once

#include "core/policy/PolicyTypes.h"

#include <QString>
#include <QStringList>

namespace custos {

// Who is asking, through which API, towards which model and route: what rule scopes match on.
struct EvaluationContext
{
    Direction direction = Direction::Request;
    ApiFlavor api = ApiFlavor::OpenAIChat;
    QString service;
    QString user;
    QStringList groups;
    QString model;
    QString route; // the route the request is heading to (before any reroute)
    // Rules an approved exception covers for this interaction: they do not fire, so the rules
    // that remain (a redaction, say) still decide.
    QStringList exemptRules;
};

} // namespace custos
