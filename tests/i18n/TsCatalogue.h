#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QStringList>

namespace custos::test {

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;     // numerus="yes": one translation per plural form
    QStringList translations; // the translation, or each <numerusform>
    QString location;         // "file:line" of the first <location>, for messages that name where to look
};

// A .ts catalogue as lupdate writes it, read with QXmlStreamReader; a malformed file is an error
// naming the file and line.
struct TsCatalogue
{
    QString language;
    QList<TsMessage> messages;

    static Result<TsCatalogue> read(const QString &path);
};

} // namespace custos::test
