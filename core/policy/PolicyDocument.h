#pragma once

#include "core/policy/PolicyTypes.h"
#include "core/policy/WatchSettings.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace custos {

// Where a value sits in the YAML source, 1-based.
struct SourcePosition
{
    int line = 0;
    int column = 0;
};

// A policy-defined detector: either an RE2 pattern (with an optional validator and context words)
// or a keyword list matched as whole words, case-insensitively.
struct CustomDetector
{
    QString id;
    QString dataClass;
    QString description;
    QString pattern;
    QString validator;            // empty: none
    QStringList context;          // words looked for near a hit; they raise confidence
    bool contextRequired = false; // drop hits with no context word nearby
    QStringList keywords;         // set instead of pattern for a dictionary detector
    double confidence = 0.9;

    bool operator==(const CustomDetector &) const = default;
};

// A change to a built-in detector; unset fields keep the built-in value.
struct DetectorOverride
{
    QString dataClass;
    QStringList context;
    std::optional<double> confidence;

    bool operator==(const DetectorOverride &) const = default;
};

struct DetectorSettings
{
    QStringList disabled;                      // built-in ids switched off
    QMap<QString, DetectorOverride> overrides; // built-in id -> override
    std::vector<CustomDetector> custom;
    // Regions (ISO 3166-1 alpha-2) a phone number written without +CC is tried against, in order;
    // empty = the built-in default list (PhoneNumberCheck::defaultRegions()).
    QStringList phoneRegions;

    bool operator==(const DetectorSettings &) const = default;
};

// Who a rule applies to; an empty list means "any". A trailing '*' matches a prefix.
struct RuleScope
{
    QStringList services;
    QStringList users;
    QStringList groups;
    QStringList models;
    QStringList routes;

    bool operator==(const RuleScope &) const = default;
};

// When a rule fires. A hit counts if its class or its detector is listed; with neither listed the
// rule fires on every message in scope. Sizes are UTF-8 bytes of all scanned text.
struct RuleConditions
{
    QStringList classes;
    QStringList detectors;
    int minCount = 1;
    qint64 minSize = 0;
    std::optional<qint64> maxSize;

    bool hasDetection() const { return !classes.isEmpty() || !detectors.isEmpty(); }
    bool operator==(const RuleConditions &) const = default;
};

struct ExceptionLimits
{
    int defaultHours = 24;
    int maxHours = 168;

    bool operator==(const ExceptionLimits &) const = default;
};

struct PolicyRule
{
    QString id;
    QString description;
    Direction direction = Direction::Request;
    RuleScope scope;
    RuleConditions conditions;
    Action action = Action::Monitor;
    std::optional<PolicyMode> mode; // unset: the policy's mode
    QString message;
    RedactionStyle redaction = RedactionStyle::Placeholder;
    QString route;         // reroute target
    QStringList approvers; // names, or "group:NAME"
    ExceptionLimits exception;
    std::optional<FailureMode> failureMode; // unset: the policy's failure mode

    // An enforcing action (redact, reroute, require_exception, block) that only flags, because the
    // rule's mode, or the policy's when it has none, is monitor. The engine records such a firing
    // as monitor-only; the dashboard and the risk report read it back as "would have".
    bool isMonitorOnly(PolicyMode policyMode) const
    {
        return action != Action::Allow && action != Action::Monitor &&
               mode.value_or(policyMode) == PolicyMode::Monitor;
    }

    bool operator==(const PolicyRule &) const = default;
};

struct RouteSpec
{
    QString name;
    RouteKind kind = RouteKind::OpenAI;
    QString baseUrl;
    QStringList models;

    bool operator==(const RouteSpec &) const = default;
};

struct RetentionSettings
{
    int defaultDays = 365;
    QMap<QString, int> services;
    QMap<QString, int> classes;

    bool operator==(const RetentionSettings &) const = default;
};

// The parsed policy as written, before validation. Positions map a dotted path such as
// "rules[2].conditions.detectors[0]" to where it was written, for error messages and editors.
struct PolicyDocument
{
    QString id;
    QString title;
    QString owner;
    QString description;
    PolicyMode mode = PolicyMode::Enforce;
    FailureMode failureMode = FailureMode::Closed;
    DetectorSettings detectors;
    QMap<QString, QString> dataClasses; // name -> description
    std::vector<PolicyRule> rules;
    std::vector<RouteSpec> routes;
    RetentionSettings retention;
    WatchSettings watch;

    QString sourceFile;
    QHash<QString, SourcePosition> positions;

    const RouteSpec *route(const QString &name) const;
    const PolicyRule *rule(const QString &ruleId) const;
    SourcePosition positionOf(const QString &path) const;
};

} // namespace custos
