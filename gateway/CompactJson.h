#pragma once

#include <QJsonDocument>
#include <QJsonObject>

namespace custos {

// Every JSON body the gateway writes goes out compact: no whitespace to pay for on the wire.
inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace custos
