#pragma once

#include "CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace custos::ctl {

// One custosctl verb or subcommand (after KeePassXC's cli/Command): it declares its description,
// options and positional arguments, and `run` parses the arguments the same way for every command
// (--help, unknown options, missing required options and, where asked, the wrong number of
// positional arguments, each named with the command) before the virtual `execute` sees them. Errors go
// through `complain`, so every message reads "custosctl VERB SUB: ..." and ends with one of the shared exit
// codes.
class Command
{
public:
    // `name` is the words after "custosctl", e.g. "routes add".
    explicit Command(QString name, QString description = {});
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    const QString &name() const { return m_name; }

    // Parses `arguments` (the words after the command's name) and executes; returns the exit code.
    virtual int run(const QStringList &arguments);

    // Prints "custosctl NAME: message" to stderr and returns `exitCode`.
    int complain(const QString &message, int exitCode) const;

protected:
    void addOption(const QCommandLineOption &option);
    void addOptions(const QList<QCommandLineOption> &options);
    // Marks an added option as one `run` refuses to go without ("--store PATH is required").
    void requireOption(const QCommandLineOption &option);
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = {});
    // Makes `run` refuse any other number of positional arguments than those added, naming them:
    // "expected ID, got 'a b'" (or "expected no arguments, got ...").
    void requirePositionals() { m_exactPositionals = true; }

    // Runs after a successful parse with every required option present.
    virtual int execute(const QCommandLineParser &parser) = 0;

private:
    // The parse result: nothing when `execute` may run, otherwise the exit code to stop with.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments) const;
    QString helpText(const QCommandLineParser &parser) const;
    std::optional<int> checkRequired(const QCommandLineParser &parser) const;
    std::optional<int> checkPositionals(const QCommandLineParser &parser) const;

    QString m_name;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QList<QCommandLineOption> m_required;
    struct Positional
    {
        QString name;
        QString description;
        QString syntax;
    };
    QList<Positional> m_positionals;
    bool m_exactPositionals = false;
};

} // namespace custos::ctl
