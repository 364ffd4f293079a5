#pragma once

#include "ui/feed/FeedEntry.h"

#include <array>

namespace custos::test {

// Deterministic feed entries for tests and the benchmark: entry n cycles through a few services,
// users, decisions and rules, so every filter has something to find and something to drop.
inline FeedEntry makeFeedEntry(qint64 seq)
{
    static const std::array services{QStringLiteral("billing-bot"), QStringLiteral("support-assistant"),
                                     QStringLiteral("code-review")};
    static const std::array users{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                                  QStringLiteral("dave")};
    static const std::array decisions{QStringLiteral("allow"), QStringLiteral("redact"),
                                      QStringLiteral("block"), QStringLiteral("allow"),
                                      QStringLiteral("reroute")};
    static const std::array rules{QStringList{}, QStringList{QStringLiteral("pii.email")},
                                  QStringList{QStringLiteral("secrets.aws-key"), QStringLiteral("pii.iban")},
                                  QStringList{}, QStringList{QStringLiteral("route.eu-only")}};
    static const QDateTime start(QDate(2026, 11, 24), QTime(9, 30, 0));
    const auto pick = [seq](const auto &values) { return values[std::size_t(seq) % values.size()]; };
    return FeedEntry{
        .seq = seq,
        .time = start.addMSecs(seq),
        .service = pick(services),
        .user = pick(users),
        .model = seq % 2 == 0 ? QStringLiteral("gpt-4o-mini") : QStringLiteral("claude-sonnet-4"),
        .route = seq % 2 == 0 ? QStringLiteral("openai") : QStringLiteral("anthropic"),
        .decision = pick(decisions),
        .rules = pick(rules),
        .latencyMs = 1.0 + double(seq % 40) * 0.5,
        .interactionId = QStringLiteral("int-%1").arg(seq, 8, 10, QLatin1Char('0')),
    };
}

} // namespace custos::test
