#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// How the collector spells values in CSV cells, in one place so every table agrees: times as
// ISO 8601 UTC with milliseconds and "Z", hashes as lower-case hex, lists joined by ';', flags as
// 0 or 1. The writer escapes cells; it never reformats them.
namespace custos::audit::format {

QString utc(const QDateTime &time); // empty when invalid
QString utcMs(qint64 msSinceEpoch);
QString hex(const QByteArray &bytes);
QString list(const QStringList &items);
QString flag(bool value);
QString number(qint64 value);
QString decimal(double value); // plain, at most four decimals: "0.85"
// SHA-256 (hex) of a body as stored: compact JSON with keys sorted for objects and arrays, the
// UTF-8 text for a string; empty for null or absent.
QString valueDigest(const QJsonValue &value);
// "seq 812 at 2026-01-02T03:04:05.000Z, hash ab12cd34…"
QString checkpointLabel(qint64 seq, const QDateTime &time, const QByteArray &hash);

} // namespace custos::audit::format
