#include "ui/policyeditor/PolicyPlayground.h"

#include "ui/widgets/EmptyStateLabel.h"

#include "ui/widgets/StatusLabel.h"

#include "core/evidence/EvidenceStore.h"
#include "core/policy/InteractionPayload.h"
#include "core/policy/PayloadText.h"
#include "core/policy/PolicyEngine.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace custos {
namespace {

constexpr int RecentInteractions = 50;

// Where each text of a body starts in the playground's text, so hits found by path can be marked.
struct JoinedTexts
{
    QString text;
    QHash<QString, qsizetype> offsets;
};

JoinedTexts joinTexts(const QJsonObject &body)
{
    JoinedTexts joined;
    for (const TextLocation &location : PayloadText::collect(body)) {
        if (!joined.text.isEmpty())
            joined.text += QStringLiteral("\n\n");
        joined.offsets.insert(location.path(), joined.text.size());
        joined.text += location.text;
    }
    return joined;
}

} // namespace

PolicyPlayground::PolicyPlayground(QWidget *parent)
    : QWidget(parent)
    , m_prompt(new QPlainTextEdit)
    , m_verdict(new StatusLabel(QStringLiteral("playgroundVerdict")))
    , m_hits(new QTreeWidget)
{
    m_prompt->setPlaceholderText(tr("Paste a prompt here, or pick a recent interaction above."));
    m_hits->setHeaderLabels({tr("Detector"), tr("Class"), tr("Found"), tr("Confidence"), tr("Where")});
    m_hits->setRootIsDecorated(false);
    m_hits->setObjectName(QStringLiteral("playgroundHits"));
    m_hits->setAccessibleName(tr("Detector hits"));
    m_prompt->setAccessibleName(tr("Prompt"));
    EmptyStateLabel::attach(m_hits,
                            tr("No detector hits. Type or paste a prompt above; what the detectors find "
                               "in it is listed here."));
    m_hits->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_verdict->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_prompt);
    splitter->addWidget(m_hits);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildContext());
    layout->addWidget(m_verdict);
    layout->addWidget(splitter, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &PolicyPlayground::evaluateNow);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_pickedBody.reset(); // edited by hand: judge it as plain text
        m_debounce.start();
    });
    showDecision();
}

QWidget *PolicyPlayground::buildContext()
{
    auto *panel = new QWidget;
    auto *form = new QFormLayout(panel);
    m_past = new QComboBox;
    m_past->setObjectName(QStringLiteral("pastInteraction"));
    connect(m_past, &QComboBox::activated, this, &PolicyPlayground::onPicked);
    form->addRow(tr("Past interaction"), m_past);
    auto *row = new QHBoxLayout;
    m_direction = new QComboBox;
    m_direction->addItems({directionName(Direction::Request), directionName(Direction::Response)});
    row->addWidget(m_direction);
    const auto addContext = [&](QLineEdit *&edit, const QString &placeholder, const QString &value) {
        edit = new QLineEdit(value);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(placeholder);
        connect(edit, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
        row->addWidget(edit);
    };
    addContext(m_service, tr("service"), QString());
    addContext(m_user, tr("user"), QString());
    addContext(m_model, tr("model"), QStringLiteral("gpt-4o"));
    addContext(m_route, tr("route"), QStringLiteral("upstream"));
    connect(m_direction, &QComboBox::activated, &m_debounce, qOverload<>(&QTimer::start));
    form->addRow(tr("As if sent by"), row);
    return panel;
}

void PolicyPlayground::setStore(std::shared_ptr<EvidenceStore> store)
{
    m_store = std::move(store);
    reloadInteractions();
}

void PolicyPlayground::reloadInteractions()
{
    m_past->clear();
    m_past->addItem(tr("— none: judge the text below —"), qint64(0));
    if (!m_store)
        return;
    EvidenceQuery query;
    query.kind = EventKind::Interaction;
    query.limit = RecentInteractions;
    auto page = m_store->query(query);
    if (!page)
        return;
    for (const EvidenceEvent &event : page->events) {
        m_past->addItem(tr("#%1 · %2 · %3 · %4 · %5")
                            .arg(event.seq)
                            .arg(event.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                 event.user, event.model, event.decision),
                        event.seq);
    }
}

void PolicyPlayground::onPicked(int index)
{
    const qint64 seq = m_past->itemData(index).toLongLong();
    if (seq > 0)
        pickInteraction(seq);
}

bool PolicyPlayground::pickInteraction(qint64 seq)
{
    if (!m_store)
        return false;
    auto event = m_store->event(seq);
    if (!event || !*event)
        return false;
    const auto payload = InteractionPayload::fromJson((*event)->payload);
    if (!payload) {
        m_verdict->showProblem(
            tr("Interaction #%1 cannot be read: %2").arg(seq).arg(payload.error().toString()));
        return false;
    }
    const auto api = payload->api;
    const QJsonValue body = payload->requestReceived;
    if ((*event)->tombstoned || !api || !body.isObject()) {
        m_verdict->showProblem(
            tr("Interaction #%1 has no request to replay (erased, or refused before it was read).").arg(seq));
        return false;
    }
    m_loading = true;
    m_service->setText((*event)->service);
    m_user->setText((*event)->user);
    m_model->setText((*event)->model);
    m_route->setText((*event)->route);
    m_direction->setCurrentIndex(0);
    m_prompt->setPlainText(joinTexts(body.toObject()).text);
    m_loading = false;
    m_pickedBody = body.toObject();
    m_pickedApi = *api;
    evaluateNow();
    return true;
}

void PolicyPlayground::setDraft(std::shared_ptr<const PolicyEngine> draft)
{
    m_draft = std::move(draft);
    evaluateNow();
}

void PolicyPlayground::setPrompt(const QString &text)
{
    m_prompt->setPlainText(text);
    evaluateNow();
}

void PolicyPlayground::evaluateNow()
{
    m_debounce.stop();
    m_decision.reset();
    if (m_draft && !m_prompt->toPlainText().isEmpty()) {
        EvaluationContext context;
        context.direction = directionFromName(m_direction->currentText()).value_or(Direction::Request);
        context.service = m_service->text().trimmed();
        context.user = m_user->text().trimmed();
        context.model = m_model->text().trimmed();
        context.route = m_route->text().trimmed();
        if (m_pickedBody) {
            context.api = m_pickedApi;
            m_decision = m_draft->evaluate(context, *m_pickedBody);
        } else {
            m_decision = m_draft->evaluateText(context, m_prompt->toPlainText());
        }
    }
    showDecision();
    markHits();
}

QString PolicyPlayground::verdictText() const
{
    return m_verdict->text();
}

void PolicyPlayground::showDecision()
{
    m_hits->clear();
    if (!m_draft) {
        m_verdict->showProblem(tr("The draft is not a valid policy yet; fix it to try it here."));
        return;
    }
    if (!m_decision) {
        m_verdict->showInfo(tr("Type or paste a prompt to see what the draft decides."));
        return;
    }
    QStringList fired;
    for (const FiredRule &rule : m_decision->rules)
        fired.append(rule.monitorOnly ? tr("%1 (monitor only)").arg(rule.id) : rule.id);
    const QString verdict = tr("Decision: %1. Rules that fire: %2.")
                                .arg(actionName(m_decision->action),
                                     fired.isEmpty() ? tr("none") : fired.join(QStringLiteral(", ")));
    if (m_decision->blocksRequest())
        m_verdict->showProblem(verdict + u' ' + m_decision->message);
    else
        m_verdict->showInfo(verdict);
    for (const PolicyHit &hit : m_decision->hits) {
        auto *item = new QTreeWidgetItem(m_hits);
        item->setText(0, hit.hit.detectorId);
        item->setText(1, hit.hit.dataClass);
        item->setText(2, hit.hit.text);
        item->setText(3, QString::number(hit.hit.confidence, 'f', 2));
        item->setText(4, hit.path);
    }
}

void PolicyPlayground::markHits()
{
    QList<QTextEdit::ExtraSelection> marks;
    if (m_decision) {
        const auto offsets = m_pickedBody ? joinTexts(*m_pickedBody).offsets : QHash<QString, qsizetype>{};
        QTextCharFormat format;
        format.setBackground(QColor(255, 214, 102));
        for (const PolicyHit &hit : m_decision->hits) {
            const qsizetype base = m_pickedBody ? offsets.value(hit.path, -1) : 0;
            if (base < 0)
                continue;
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_prompt->document());
            mark.cursor.setPosition(static_cast<int>(base + hit.hit.start));
            mark.cursor.setPosition(static_cast<int>(base + hit.hit.end), QTextCursor::KeepAnchor);
            mark.format = format;
            marks.append(mark);
        }
    }
    m_prompt->setExtraSelections(marks);
}

} // namespace custos
