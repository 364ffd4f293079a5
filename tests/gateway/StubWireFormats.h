#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The stub upstream's replies, in the real OpenAI and Anthropic wire formats.
namespace stub {

enum class Api { Chat, Responses, Completions, Embeddings, Messages };

struct Reply
{
    QString model;
    QString text;
    bool tool = false;
    QString toolName;
    QString toolArguments; // JSON text
    int chunkSize = 4;
};

// All the prompt text in a request of that API, concatenated (the stub reads directives from it).
QString promptText(Api api, const QJsonObject &body);

QByteArray wholeBody(Api api, const Reply &reply);
// Each element is one complete server-sent event, ending in a blank line.
QList<QByteArray> streamFrames(Api api, const Reply &reply);
QByteArray errorBody(Api api, int status, const QString &message);

} // namespace stub
