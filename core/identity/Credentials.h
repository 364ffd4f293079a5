#pragma once

#include <QString>

#include <utility>

namespace custos {

// Who claims to act, and how they prove it: a password typed at the console or custosctl, or a
// Custos API key the gateway has already resolved to its user.
struct Credentials
{
    enum class Method { Password, ApiKey };

    QString user;
    QString password;
    Method method = Method::Password;

    static Credentials withPassword(QString user, QString password)
    {
        return {std::move(user), std::move(password), Method::Password};
    }
    // Only the gateway may build these: it has checked the key before naming the user.
    static Credentials fromApiKey(QString user) { return {std::move(user), {}, Method::ApiKey}; }

    QString methodName() const
    {
        return method == Method::Password ? QStringLiteral("password") : QStringLiteral("api_key");
    }
};

} // namespace custos
