#include "ui/policyeditor/RuleForm.h"

#include "core/policy/PolicyDetectors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <limits>

namespace custos {
namespace {

// Shown in place of a value the rule leaves to the policy; no mode or failure mode parses from it.
QString inheritChoice()
{
    return RuleForm::tr("(policy default)");
}

QStringList listFrom(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',')) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

QString textOf(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

// Rewriting a field the user is typing in would move their cursor; only differing text is set.
void showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void showChoice(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    if (index >= 0)
        box->setCurrentIndex(index);
    else if (box->isEditable())
        box->setEditText(text);
}

} // namespace

RuleForm::RuleForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildIdentity();
    buildScope();
    buildConditions();
    buildOutcome();
    buildException();
    enableForAction();
}

void RuleForm::buildIdentity()
{
    addLine(QStringLiteral("id"), tr("Rule id"), tr("e.g. block-secrets"));
    addLine(QStringLiteral("description"), tr("Description"), tr("Why the rule exists"));
    addChoice(QStringLiteral("direction"), tr("Checks"),
              {QStringLiteral("request"), QStringLiteral("response")});
}

void RuleForm::buildScope()
{
    addHeading(tr("<b>Applies to</b> (empty: everyone; a trailing * matches a prefix)"));
    addLine(QStringLiteral("scope.services"), tr("Services"), tr("any service"));
    addLine(QStringLiteral("scope.users"), tr("Users"), tr("any user"));
    addLine(QStringLiteral("scope.groups"), tr("Groups"), tr("any group"));
    addLine(QStringLiteral("scope.models"), tr("Models"), tr("any model"));
    addLine(QStringLiteral("scope.routes"), tr("Routes"), tr("any route"));
}

void RuleForm::buildConditions()
{
    addHeading(tr("<b>Fires when</b> (no classes or detectors: on every message)"));
    addLine(QStringLiteral("conditions.classes"), tr("Data classes"), tr("e.g. PII, SECRET"));
    QLineEdit *detectors =
        addLine(QStringLiteral("conditions.detectors"), tr("Detectors"), tr("e.g. aws_access_key_id, iban"));
    detectors->setToolTip(detectorListToolTip());
    // Said where detectors are chosen, so nobody assumes a rule on PII also catches these.
    auto *coverage = new QLabel(tr("Not detected: personal names and postal addresses. The built-in "
                                   "detectors match formats (cards, IBANs, phone numbers, e-mail, national "
                                   "ids, credentials); names and addresses have none."));
    coverage->setObjectName(QStringLiteral("detectorCoverageNote"));
    coverage->setWordWrap(true);
    m_layout->addRow(QString(), coverage);
    addNumber(QStringLiteral("conditions.min_count"), tr("At least this many hits"), 1,
              std::numeric_limits<int>::max());
}

void RuleForm::buildOutcome()
{
    addHeading(tr("<b>Then</b>"));
    QStringList actions;
    for (Action action : {Action::Allow, Action::Monitor, Action::Redact, Action::Reroute,
                          Action::RequireException, Action::Block})
        actions.append(actionName(action));
    auto *action = addChoice(QStringLiteral("action"), tr("Action"), actions);
    connect(action, &QComboBox::activated, this, &RuleForm::enableForAction);
    addChoice(QStringLiteral("mode"), tr("Mode"),
              {inheritChoice(), policyModeName(PolicyMode::Enforce), policyModeName(PolicyMode::Monitor)});
    m_message = new QPlainTextEdit;
    m_message->setPlaceholderText(tr("What the caller is told when this rule stops a request"));
    m_message->setMaximumHeight(m_message->fontMetrics().lineSpacing() * 4);
    m_layout->addRow(tr("Message"), m_message);
    m_fields.insert(QStringLiteral("message"), m_message);
    connect(m_message, &QPlainTextEdit::textChanged, this, &RuleForm::emitEdited);
    addChoice(QStringLiteral("redaction.style"), tr("Redaction"),
              {redactionStyleName(RedactionStyle::Placeholder), redactionStyleName(RedactionStyle::Mask)});
    auto *route = addChoice(QStringLiteral("route"), tr("Reroute to"), {});
    route->setEditable(true);
    connect(route, &QComboBox::editTextChanged, this, &RuleForm::emitEdited);
    addChoice(QStringLiteral("failure_mode"), tr("If checking fails"),
              {inheritChoice(), failureModeName(FailureMode::Closed), failureModeName(FailureMode::Open)});
}

void RuleForm::buildException()
{
    addLine(QStringLiteral("approvers"), tr("Approvers"), tr("names, or group:NAME"));
    // The parser sets no upper bound, so neither does the form: it must show what the YAML says.
    addNumber(QStringLiteral("exception.default_hours"), tr("Exception lasts (hours)"), 1,
              std::numeric_limits<int>::max());
    addNumber(QStringLiteral("exception.max_hours"), tr("At most (hours)"), 1,
              std::numeric_limits<int>::max());
}

QString RuleForm::detectorListToolTip()
{
    QMap<QString, QStringList> byClass;
    const QHash<QString, QString> classes = PolicyDetectors::builtinClasses();
    for (auto it = classes.cbegin(); it != classes.cend(); ++it)
        byClass[it.value()].append(it.key());
    QString tip = tr("Built-in detectors by data class:");
    for (auto it = byClass.begin(); it != byClass.end(); ++it) {
        it->sort();
        tip += QStringLiteral("\n%1: %2").arg(it.key(), it->join(QStringLiteral(", ")));
    }
    return tip + u'\n' + tr("Not covered: personal names and postal addresses.");
}

void RuleForm::addHeading(const QString &text)
{
    auto *heading = new QLabel(text);
    heading->setWordWrap(true);
    m_layout->addRow(heading);
}

QLineEdit *RuleForm::addLine(const QString &key, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setObjectName(key);
    m_layout->addRow(label, edit);
    m_fields.insert(key, edit);
    connect(edit, &QLineEdit::textEdited, this, &RuleForm::emitEdited);
    return edit;
}

QComboBox *RuleForm::addChoice(const QString &key, const QString &label, const QStringList &names)
{
    auto *box = new QComboBox;
    box->addItems(names);
    box->setObjectName(key);
    m_layout->addRow(label, box);
    m_fields.insert(key, box);
    connect(box, &QComboBox::activated, this, &RuleForm::emitEdited);
    return box;
}

QSpinBox *RuleForm::addNumber(const QString &key, const QString &label, int minimum, int maximum)
{
    auto *spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    spin->setObjectName(key);
    m_layout->addRow(label, spin);
    m_fields.insert(key, spin);
    connect(spin, &QSpinBox::valueChanged, this, &RuleForm::emitEdited);
    return spin;
}

QWidget *RuleForm::field(const QString &key) const
{
    return m_fields.value(key);
}

void RuleForm::setRouteNames(const QStringList &routes)
{
    auto *box = qobject_cast<QComboBox *>(field(QStringLiteral("route")));
    QStringList offered;
    for (int i = 0; i < box->count(); ++i)
        offered.append(box->itemText(i));
    if (offered == routes)
        return; // refilling would disturb someone typing in the box
    const QString current = box->currentText();
    m_showing = true;
    box->clear();
    box->addItems(routes);
    box->setEditText(current);
    m_showing = false;
}

void RuleForm::setRule(const PolicyRule &rule)
{
    m_showing = true;
    m_rule = rule;
    const auto line = [this](const QString &key) { return qobject_cast<QLineEdit *>(field(key)); };
    const auto choice = [this](const QString &key) { return qobject_cast<QComboBox *>(field(key)); };
    const auto number = [this](const QString &key) { return qobject_cast<QSpinBox *>(field(key)); };
    showText(line(QStringLiteral("id")), rule.id);
    showText(line(QStringLiteral("description")), rule.description);
    showChoice(choice(QStringLiteral("direction")), directionName(rule.direction));
    showText(line(QStringLiteral("scope.services")), textOf(rule.scope.services));
    showText(line(QStringLiteral("scope.users")), textOf(rule.scope.users));
    showText(line(QStringLiteral("scope.groups")), textOf(rule.scope.groups));
    showText(line(QStringLiteral("scope.models")), textOf(rule.scope.models));
    showText(line(QStringLiteral("scope.routes")), textOf(rule.scope.routes));
    showText(line(QStringLiteral("conditions.classes")), textOf(rule.conditions.classes));
    showText(line(QStringLiteral("conditions.detectors")), textOf(rule.conditions.detectors));
    number(QStringLiteral("conditions.min_count"))->setValue(rule.conditions.minCount);
    showChoice(choice(QStringLiteral("action")), actionName(rule.action));
    showChoice(choice(QStringLiteral("mode")), rule.mode ? policyModeName(*rule.mode) : inheritChoice());
    if (m_message->toPlainText() != rule.message)
        m_message->setPlainText(rule.message);
    showChoice(choice(QStringLiteral("redaction.style")), redactionStyleName(rule.redaction));
    showChoice(choice(QStringLiteral("route")), rule.route);
    showChoice(choice(QStringLiteral("failure_mode")),
               rule.failureMode ? failureModeName(*rule.failureMode) : inheritChoice());
    showText(line(QStringLiteral("approvers")), textOf(rule.approvers));
    number(QStringLiteral("exception.default_hours"))->setValue(rule.exception.defaultHours);
    number(QStringLiteral("exception.max_hours"))->setValue(rule.exception.maxHours);
    enableForAction();
    m_showing = false;
}

// Starts from the rule shown, so keys the form has no field for (sizes) survive an edit.
void RuleForm::readFields()
{
    const auto line = [this](const QString &key) {
        return qobject_cast<QLineEdit *>(field(key))->text().trimmed();
    };
    const auto choice = [this](const QString &key) {
        return qobject_cast<QComboBox *>(field(key))->currentText();
    };
    const auto number = [this](const QString &key) { return qobject_cast<QSpinBox *>(field(key))->value(); };
    m_rule.id = line(QStringLiteral("id"));
    m_rule.description = line(QStringLiteral("description"));
    m_rule.direction = directionFromName(choice(QStringLiteral("direction"))).value_or(Direction::Request);
    m_rule.scope.services = listFrom(line(QStringLiteral("scope.services")));
    m_rule.scope.users = listFrom(line(QStringLiteral("scope.users")));
    m_rule.scope.groups = listFrom(line(QStringLiteral("scope.groups")));
    m_rule.scope.models = listFrom(line(QStringLiteral("scope.models")));
    m_rule.scope.routes = listFrom(line(QStringLiteral("scope.routes")));
    m_rule.conditions.classes = listFrom(line(QStringLiteral("conditions.classes")));
    m_rule.conditions.detectors = listFrom(line(QStringLiteral("conditions.detectors")));
    m_rule.conditions.minCount = number(QStringLiteral("conditions.min_count"));
    m_rule.action = actionFromName(choice(QStringLiteral("action"))).value_or(Action::Monitor);
    m_rule.mode = policyModeFromName(choice(QStringLiteral("mode")));
    m_rule.message = m_message->toPlainText();
    m_rule.redaction = redactionStyleFromName(choice(QStringLiteral("redaction.style")))
                           .value_or(RedactionStyle::Placeholder);
    m_rule.route = choice(QStringLiteral("route")).trimmed();
    m_rule.failureMode = failureModeFromName(choice(QStringLiteral("failure_mode")));
    m_rule.approvers = listFrom(line(QStringLiteral("approvers")));
    m_rule.exception.defaultHours = number(QStringLiteral("exception.default_hours"));
    m_rule.exception.maxHours = number(QStringLiteral("exception.max_hours"));
}

// Fields that mean nothing for the chosen action are disabled, not hidden, so the form keeps its shape.
void RuleForm::enableForAction()
{
    const QString action = qobject_cast<QComboBox *>(field(QStringLiteral("action")))->currentText();
    const bool exception = action == actionName(Action::RequireException);
    field(QStringLiteral("redaction.style"))->setEnabled(action == actionName(Action::Redact));
    field(QStringLiteral("route"))->setEnabled(action == actionName(Action::Reroute));
    field(QStringLiteral("approvers"))->setEnabled(exception);
    field(QStringLiteral("exception.default_hours"))->setEnabled(exception);
    field(QStringLiteral("exception.max_hours"))->setEnabled(exception);
}

void RuleForm::emitEdited()
{
    if (m_showing)
        return;
    readFields();
    Q_EMIT ruleEdited(m_rule);
}

} // namespace custos
