#pragma once

#include "core/policy/PolicyTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace custos {

// The built-in demo route's answers, in the real OpenAI (chat completions, responses) and Anthropic
// (messages) wire formats, whole or as server-sent events. The answer says it is a demo and echoes
// the last user text it received, so a caller sees what the policy let through (a redacted e-mail
// arrives as its placeholder).
class DemoReplies
{
public:
    // The API a provider path names, or nullopt for a path the demo does not serve.
    static std::optional<ApiFlavor> apiForPath(QByteArrayView path);
    // "[Custos demo] ..." for the last user message of `body`.
    static QString answerText(ApiFlavor api, const QJsonObject &body);

    static QByteArray wholeBody(ApiFlavor api, const QString &model, const QString &text);
    // Each element is one complete server-sent event, ending in a blank line.
    static QList<QByteArray> streamFrames(ApiFlavor api, const QString &model, const QString &text);
    static QByteArray errorBody(ApiFlavor api, const QString &message);
};

} // namespace custos
