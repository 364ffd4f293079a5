#pragma once

#include <QDialog>

#include <memory>

class QPlainTextEdit;

namespace custos {

class EvidenceStore;

// Shows one interaction as `custosctl explain` prints it: decision, rules and hits, the bodies as
// received and passed on, the policy version, the exception and the chain position. The
// explanation (which verifies the chain up to the event) is worked out on a worker thread, so a
// large ledger never stalls the console.
class ExplainDialog : public QDialog
{
    Q_OBJECT
public:
    ExplainDialog(std::shared_ptr<const EvidenceStore> store, qint64 seq, QWidget *parent = nullptr);

    // Opens a dialog for the interaction at `seq`; it deletes itself when closed.
    static ExplainDialog *open(std::shared_ptr<const EvidenceStore> store, qint64 seq, QWidget *parent);

    QString text() const;
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void explained();

private:
    void start(std::shared_ptr<const EvidenceStore> store, qint64 seq);
    void showExplanation(const QString &text);

    QPlainTextEdit *m_text = nullptr;
    bool m_ready = false;
};

} // namespace custos
