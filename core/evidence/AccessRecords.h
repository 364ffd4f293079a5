#pragma once

#include <QDateTime>
#include <QString>

namespace custos {

// An upstream route the gateway forwards to. The provider key stays in the encrypted store.
struct Route
{
    QString name;
    QString kind; // "openai", "anthropic", ...
    QString baseUrl;
    QString apiKey; // secret: never logged, never put into ledger payloads
};

// A Custos API key as stored: only its SHA-256 and a short prefix to name it.
struct ApiKeyRecord
{
    QString prefix; // e.g. "custos_1a2b3c4d", shown in lists and used to revoke
    QString user;
    QString service;
    QDateTime created;
    QDateTime revoked; // invalid while valid
};

// Who a presented key belongs to.
struct ApiKeyIdentity
{
    QString user;
    QString service;
    QString prefix;
};

} // namespace custos
