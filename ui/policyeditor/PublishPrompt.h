#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace custos {

struct PublishRequest
{
    QString comment;
    QString password; // the publisher signs in again: publishing changes what the gateway enforces
};

// Shows what a publish changes and asks for a comment and the password; nullopt when cancelled.
// The console plugs in PublishDialog; tests answer directly.
using PublishPrompt = std::function<std::optional<PublishRequest>(const QString &changes)>;

} // namespace custos
