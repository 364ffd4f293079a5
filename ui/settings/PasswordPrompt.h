#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace custos {

// Asks the signed-in user to re-enter their password before a sensitive change; nullopt when
// they cancel. The console plugs in a dialog; tests answer directly.
using PasswordPrompt = std::function<std::optional<QString>(const QString &reason)>;

} // namespace custos
