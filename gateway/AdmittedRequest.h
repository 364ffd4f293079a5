#pragma once

#include "core/evidence/AccessRecords.h"
#include "core/policy/PolicyTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace custos {

// A model request that passed the gateway's checks: authenticated, JSON, valid UTF-8.
struct AdmittedRequest
{
    ApiFlavor api = ApiFlavor::OpenAIChat;
    QString endpoint; // the path called, e.g. /v1/chat/completions
    ApiKeyIdentity caller;
    QJsonObject body;
    QString model;
    bool stream = false;
    QByteArray anthropicVersion;
    QByteArray anthropicBeta;
};

} // namespace custos
