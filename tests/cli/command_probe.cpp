// A program made of test commands on the custosctl command base, so tst_cli_command_base can check
// what the base does (parsing, --help, required options, positional counts, subcommand dispatch)
// apart from any real verb. `command_probe probe ...` runs the group, `command_probe solo ...` the
// standalone command.
#include "CommandGroup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace custos::ctl;

namespace {

// One required option, one flag and exactly one positional argument.
class EchoCommand : public Command
{
public:
    EchoCommand()
        : Command(u"probe echo"_s, u"Print the name, the flag and the file."_s)
    {
        addOptions({m_name, m_flag});
        requireOption(m_name);
        addPositionalArgument(u"FILE"_s, u"A file."_s);
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        out() << "name=" << parser.value(m_name) << " flag=" << (parser.isSet(m_flag) ? "yes" : "no")
              << " file=" << parser.positionalArguments().constFirst() << Qt::endl;
        return ExitOk;
    }

private:
    const QCommandLineOption m_name{u"name"_s, u"A name."_s, u"NAME"_s};
    const QCommandLineOption m_flag{u"flag"_s, u"A flag."_s};
};

// Any number of positional arguments: the base checks no count.
class CountCommand : public Command
{
public:
    CountCommand()
        : Command(u"probe count"_s)
    {
        addPositionalArgument(u"WORDS"_s, u"Words."_s, u"WORDS..."_s);
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        out() << parser.positionalArguments().size() << " words" << Qt::endl;
        return ExitOk;
    }
};

// A verb without subcommands that takes no positional arguments and fails on its own terms.
class SoloCommand : public Command
{
public:
    SoloCommand()
        : Command(u"solo"_s, u"Complain with exit code 3."_s)
    {
        addOption(m_store);
        requireOption(m_store);
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        return complain(u"cannot open "_s + parser.value(m_store), ExitIoError);
    }

private:
    const QCommandLineOption m_store{u"store"_s, u"A store."_s, u"PATH"_s};
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString which = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (which == u"solo")
        return SoloCommand().run(arguments);
    CommandGroup group(u"probe"_s, u"usage: custosctl probe echo --name NAME FILE | count WORDS...\n"_s);
    group.add(std::make_unique<EchoCommand>());
    group.add(std::make_unique<CountCommand>());
    return group.run(arguments);
}
