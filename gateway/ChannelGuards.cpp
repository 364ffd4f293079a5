#include "gateway/ChannelGuards.h"

#include <QJsonArray>

namespace custos {

ChannelGuards::ChannelGuards(GuardFactory factory)
    : m_factory(std::move(factory))
{}

StreamVerdict ChannelGuards::push(const QString &channel, const QString &text)
{
    auto found = m_channels.find(channel);
    if (found == m_channels.end()) {
        found = m_channels.insert(channel, Channel{std::shared_ptr<StreamGuard>(m_factory()), {}, {}, false});
        m_order.append(channel);
    }
    if (found->finished) // a channel that was closed and reopened: start a fresh guard
        *found = Channel{std::shared_ptr<StreamGuard>(m_factory()), found->received, found->returned, false};
    found->received += text;
    return account(channel, found->guard->push(text));
}

StreamVerdict ChannelGuards::finish(const QString &channel)
{
    const auto found = m_channels.find(channel);
    if (found == m_channels.end() || found->finished)
        return {};
    found->finished = true;
    return account(channel, found->guard->finish());
}

StreamVerdict ChannelGuards::account(const QString &channel, StreamVerdict verdict)
{
    if (!verdict.blocked)
        m_channels[channel].returned += verdict.text;
    if (verdict.blocked || verdict.action != Action::Allow || !verdict.rules.isEmpty())
        m_decisions.append({channel, verdict});
    return verdict;
}

QStringList ChannelGuards::openChannels() const
{
    QStringList open;
    for (const QString &channel : m_order) {
        if (!m_channels.value(channel).finished)
            open.append(channel);
    }
    return open;
}

QJsonObject ChannelGuards::receivedText() const
{
    QJsonObject texts;
    for (const QString &channel : m_order)
        texts.insert(channel, m_channels.value(channel).received);
    return texts;
}

QJsonObject ChannelGuards::returnedText() const
{
    QJsonObject texts;
    for (const QString &channel : m_order)
        texts.insert(channel, m_channels.value(channel).returned);
    return texts;
}

QJsonValue ChannelGuards::substituteFullTexts(const QJsonValue &value) const
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty())
            return value;
        for (const Channel &channel : m_channels) {
            if (channel.received == text && channel.returned != text)
                return channel.returned;
        }
        return value;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = substituteFullTexts(array.at(i));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = substituteFullTexts(it.value());
        return object;
    }
    return value;
}

} // namespace custos
