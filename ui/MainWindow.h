#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace custos {

class ConsoleHeader;

// The console's frame: the status header on top, a section list with icons on the left (Ctrl+1…
// Ctrl+9 select the n-th visible section), the selected section's screen on the right. The window's
// geometry is kept in QSettings ("mainWindow/geometry") and restored on the next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Adds a section; its page gets objectName "section-<id>" so tests and styles can find it.
    void addSection(const QString &id, const QString &title, QWidget *page);
    void showSection(const QString &id);
    QStringList sectionIds() const;
    // Replaces a section's page (the placeholder until the console is signed in).
    void setSectionPage(const QString &id, QWidget *page);
    QWidget *sectionPage(const QString &id) const;
    // Hidden sections stay out of the list; what a user sees follows their role.
    void setSectionVisible(const QString &id, bool visible);
    void setSectionTitle(const QString &id, const QString &title);
    ConsoleHeader *header() const { return m_header; }

    // Restores the geometry saved by the last window closed; false when none was saved.
    bool restoreSavedGeometry();
    void saveGeometryNow() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void installSectionShortcuts();
    void selectVisibleSection(int position);
    void updateShortcutHints();

    ConsoleHeader *m_header = nullptr;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace custos
