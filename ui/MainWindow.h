#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace custos {

// The console's frame: a section list on the left, the selected section's screen on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Adds a section; its page gets objectName "section-<id>" so tests and styles can find it.
    void addSection(const QString &id, const QString &title, QWidget *page);
    void showSection(const QString &id);
    QStringList sectionIds() const;

private:
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace custos
