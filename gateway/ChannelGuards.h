#pragma once

#include "gateway/StreamGuard.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>

namespace custos {

// One stream guard per channel of streamed text (each choice's content, each tool call's arguments,
// each content block), with the text received and returned per channel for the evidence.
class ChannelGuards
{
public:
    using GuardFactory = std::function<std::unique_ptr<StreamGuard>()>;
    explicit ChannelGuards(GuardFactory factory);

    StreamVerdict push(const QString &channel, const QString &text);
    StreamVerdict finish(const QString &channel);
    // Channels still open, in the order they first appeared.
    QStringList openChannels() const;

    QString received(const QString &channel) const { return m_channels.value(channel).received; }
    QString returned(const QString &channel) const { return m_channels.value(channel).returned; }
    QJsonObject receivedText() const;
    QJsonObject returnedText() const;
    // Verdicts that did more than allow, with their channel, for the evidence.
    const QList<QPair<QString, StreamVerdict>> &decisions() const { return m_decisions; }
    // Replaces every string equal to a channel's full received text with its returned text.
    QJsonValue substituteFullTexts(const QJsonValue &value) const;

private:
    struct Channel
    {
        std::shared_ptr<StreamGuard> guard;
        QString received;
        QString returned;
        bool finished = false;
    };
    StreamVerdict account(const QString &channel, StreamVerdict verdict);

    GuardFactory m_factory;
    QHash<QString, Channel> m_channels;
    QStringList m_order;
    QList<QPair<QString, StreamVerdict>> m_decisions;
};

} // namespace custos
