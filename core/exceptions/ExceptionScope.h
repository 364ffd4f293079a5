#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QStringList>

namespace custos {

// What one interaction looks like to the exception path: the rule that would block it and the
// facts an exception's scope can be narrowed to.
struct ExceptionSubject
{
    QString ruleId;
    QString user;
    QString service;
    QString model;
    QString route;
    QStringList dataClasses;
    QStringList detectors;
    QString interactionId; // the interaction an exception's use is recorded for, when known
};

// Which interactions an exception covers. Every list but `rules` may be empty, meaning "any";
// approvers are nudged towards narrow scopes because they can only narrow, never widen.
struct ExceptionScope
{
    QStringList rules;
    QStringList users;
    QStringList services;
    QStringList models;
    QStringList routes;
    QStringList dataClasses;
    QStringList detectors;

    bool covers(const ExceptionSubject &subject) const;
    // True when every interaction this scope covers is also covered by `outer`.
    bool isWithin(const ExceptionScope &outer) const;
    QString describe() const;

    QJsonObject toJson() const;
    static Result<ExceptionScope> fromJson(const QJsonObject &json);

    bool operator==(const ExceptionScope &) const = default;
};

} // namespace custos
