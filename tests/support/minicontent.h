// SPDX-License-Identifier: GPL-3.0-or-later
// The small, fixed test collection (tests/fixtures/mini, compiled to MYELIN_MINI_DB), opened as most
// tests open it: the database and a repository over it.
//   Test::MiniContent m_mini;  ...  m_mini = Test::MiniContent::open(); QVERIFY2(m_mini, m_mini.why());
#ifndef MYELIN_TESTS_MINICONTENT_H
#define MYELIN_TESTS_MINICONTENT_H

#include "core/contentdatabase.h"
#include "core/contentrepository.h"

#include <QString>
#include <memory>

namespace Myelin::Test {

struct MiniContent
{
    std::unique_ptr<ContentDatabase> database;
    std::unique_ptr<ContentRepository> repository; // over database; destroyed first
    QString message;                               // why it did not open

    static MiniContent open(const QString &path = QStringLiteral(MYELIN_MINI_DB))
    {
        MiniContent mini;
        auto opened = ContentDatabase::open(path);
        mini.message = opened.message;
        mini.database = std::move(opened.database);
        if (mini.database) {
            mini.repository = std::make_unique<ContentRepository>(*mini.database);
        }
        return mini;
    }

    explicit operator bool() const { return database != nullptr; }
    const char *why() const
    {
        m_why = message.toLocal8Bit();
        return m_why.constData();
    }

private:
    mutable QByteArray m_why;
};

} // namespace Myelin::Test

#endif // MYELIN_TESTS_MINICONTENT_H
