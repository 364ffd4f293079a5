#pragma once

#include "core/publishing/PublishedVersion.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace custos {

class EvidenceStore;

// Every published version, newest first, with who published it and why. For the selected
// version: its rule-level changes from the version before, its differences from the draft, or its
// full text; and a button that loads it into the editor as the new draft.
class VersionHistoryPage : public QWidget
{
    Q_OBJECT
public:
    enum class View { ChangesFromPrevious, DifferencesFromDraft, FullText };

    explicit VersionHistoryPage(QWidget *parent = nullptr);

    void setStore(std::shared_ptr<EvidenceStore> store);
    void setDraftSource(const QString &source);
    void reload();
    // Selects a version by hash or prefix (the feed's policy links); false when unknown.
    bool showVersion(const QString &hashOrPrefix, View view = View::FullText);

    int versionCount() const { return static_cast<int>(m_versions.size()); }
    QString detailText() const;
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void loadRequested(const QString &source);

private:
    void showSelected();
    QString diffText(const QByteArray &before, const QByteArray &after) const;
    const PublishedVersion *selected() const;

    std::shared_ptr<EvidenceStore> m_store;
    std::vector<PublishedVersion> m_versions; // newest first
    QString m_draft;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_view = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QPushButton *m_load = nullptr;
};

} // namespace custos
