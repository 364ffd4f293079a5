#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace custos::http {

// One parsed HTTP/1.1 request. Header names are lower-cased; values are trimmed of surrounding blanks.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path plus optional query
    QByteArray path;
    QByteArray query;
    int versionMinor = 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;

    // The first value of a header, or an empty array. `name` must be lower case.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &entry : headers) {
            if (entry.first == name)
                return true;
        }
        return false;
    }
};

} // namespace custos::http
