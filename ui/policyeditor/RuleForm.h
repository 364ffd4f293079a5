#pragma once

#include "core/policy/PolicyDocument.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace custos {

// The form half of the visual policy editor: one rule's scope, conditions, action, route,
// approvers and mode. It emits the whole edited rule on every user change; showing a rule
// (setRule) never emits, so the source view and the form cannot ping-pong.
class RuleForm : public QWidget
{
    Q_OBJECT
public:
    explicit RuleForm(QWidget *parent = nullptr);

    void setRule(const PolicyRule &rule);
    const PolicyRule &rule() const { return m_rule; }
    // Offered in the reroute target list.
    void setRouteNames(const QStringList &routes);

    // Fields by their YAML key ("id", "action", "conditions.classes", "scope.users", ...), for
    // tests and for jumping from a problem to its field.
    QWidget *field(const QString &key) const;

Q_SIGNALS:
    void ruleEdited(const custos::PolicyRule &rule);

private:
    void buildIdentity();
    void buildScope();
    void buildConditions();
    void buildOutcome();
    void buildException();
    void addHeading(const QString &text);
    static QString detectorListToolTip(); // every built-in detector id by class, and what is not covered
    QLineEdit *addLine(const QString &key, const QString &label, const QString &placeholder);
    QComboBox *addChoice(const QString &key, const QString &label, const QStringList &names);
    QSpinBox *addNumber(const QString &key, const QString &label, int minimum, int maximum);
    void readFields();
    void enableForAction();
    void emitEdited();

    QFormLayout *m_layout = nullptr;
    QHash<QString, QWidget *> m_fields;
    QPlainTextEdit *m_message = nullptr;
    PolicyRule m_rule;
    bool m_showing = false;
};

} // namespace custos
