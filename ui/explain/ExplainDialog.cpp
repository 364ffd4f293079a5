#include "ui/explain/ExplainDialog.h"

#include "core/evidence/EvidenceStore.h"
#include "core/explain/ExplanationText.h"
#include "core/explain/InteractionExplainer.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace custos {

namespace {

QString explanationTextFor(const EvidenceStore &store, qint64 seq)
{
    auto event = store.event(seq);
    if (!event)
        return ExplainDialog::tr("The event cannot be read: %1").arg(event.error().toString());
    if (!*event)
        return ExplainDialog::tr("The ledger holds no event %1.").arg(seq);
    auto explanation = InteractionExplainer(store).explain(**event);
    if (!explanation)
        return ExplainDialog::tr("Event %1 cannot be explained: %2")
            .arg(seq)
            .arg(explanation.error().toString());
    return ExplanationText::format(*explanation);
}

} // namespace

ExplainDialog::ExplainDialog(std::shared_ptr<const EvidenceStore> store, qint64 seq, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("explainDialog"));
    setWindowTitle(tr("Explain ledger event %1").arg(seq));
    m_text->setObjectName(QStringLiteral("explainText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(tr("Explaining… (verifying the chain up to this event)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close")); // Qt's own text may be untranslated
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(900, 640);
    start(std::move(store), seq);
}

ExplainDialog *ExplainDialog::open(std::shared_ptr<const EvidenceStore> store, qint64 seq, QWidget *parent)
{
    auto *dialog = new ExplainDialog(std::move(store), seq, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString ExplainDialog::text() const
{
    return m_text->toPlainText();
}

void ExplainDialog::start(std::shared_ptr<const EvidenceStore> store, qint64 seq)
{
    // The store is safe to read from any thread; the dialog may be closed before the worker ends,
    // so the answer goes through a guarded pointer.
    QPointer<ExplainDialog> self(this);
    QThread *worker = QThread::create([store = std::move(store), seq, self] {
        const QString text = explanationTextFor(*store, seq);
        QMetaObject::invokeMethod(
            qApp,
            [self, text] {
                if (self)
                    self->showExplanation(text);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ExplainDialog::showExplanation(const QString &text)
{
    m_text->setPlainText(text);
    m_ready = true;
    Q_EMIT explained();
}

} // namespace custos
