#pragma once

#include "core/policy/PolicyDocument.h"

#include <QByteArray>
#include <QJsonObject>

namespace custos {

// The canonical form of a policy: the parsed model as JSON with sorted keys, every default filled
// in, set-like lists sorted and de-duplicated, and no comments or layout. Two files that mean the
// same policy give the same bytes; the SHA-256 of those bytes is the version id.
class PolicyCanonical
{
public:
    static QJsonObject toJson(const PolicyDocument &document);
    static QJsonObject ruleToJson(const PolicyRule &rule);
    static QJsonObject routeToJson(const RouteSpec &route);
    static QJsonObject customDetectorToJson(const CustomDetector &detector);
    static QByteArray bytes(const PolicyDocument &document);
    static QString sha256Hex(const QByteArray &data);
};

} // namespace custos
