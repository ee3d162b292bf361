// SPDX-License-Identifier: GPL-3.0-or-later
// Puts the reader together: the main window on the content in use and every feature on top of it
// through its ReaderHost; after a content update or going back, the same again on the new content, on
// the article the reader was reading, with the same settings and user data (nothing of the user's is
// in the content). main.cpp only reads the command line and picks the content.
#ifndef MYELIN_UI_READERASSEMBLY_H
#define MYELIN_UI_READERASSEMBLY_H

#include "engine.h"
#include "update/contentstore.h"
#include "update/trustedkeys.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace Myelin {
class ContentDatabase;
class ContentRepository;
class PersonalLibrary;
class Settings;
class Translations;
class UserDatabase;
} // namespace Myelin

namespace Myelin::Ui {

class MainWindow;
class ReadingStyleController;
class UpdateController;

// A content database opened for the window, its repository, and where it came from.
struct OpenedContent
{
    OpenedContent();
    OpenedContent(OpenedContent &&) noexcept;
    OpenedContent &operator=(OpenedContent &&) noexcept;
    ~OpenedContent();

    std::unique_ptr<ContentDatabase> database;
    std::unique_ptr<ContentRepository> repository;
    Update::ContentStore::Choice choice;

    // Opens the chosen content; on failure nothing, and *error names the file and the problem.
    static std::optional<OpenedContent> open(const Update::ContentStore::Choice &choice, QString *error);
};

class ReaderAssembly : public QObject
{
    Q_OBJECT
public:
    struct Dependencies
    {
        Settings &settings;
        UserDatabase &userData;
        PersonalLibrary &library;
        ReadingStyleController &style;
        Update::ContentStore &store;
        Update::TrustedKeys keys;
        QString bundledPath;                  // the content installed with Myelin: the last fallback
        Translations *translations = nullptr; // the interface language, for Comfort > Language
        // The web engine half (engine.h): loadEngineModule in the reader, linkedInEngine in the tests.
        EngineLoader loadEngine = nullptr;
    };

    ReaderAssembly(const Dependencies &deps, OpenedContent content, QObject *parent = nullptr);
    ~ReaderAssembly() override;

    // Makes the window on the content, opened at slug (the first page when it is not there); not shown.
    // The window paints its first frame without the web engine; once that frame is on screen the engine
    // starts, the article loads and the features are made (featuresReady). Before that, updates() is null.
    void build(const QString &slug);
    bool featuresMade() const { return m_featuresMade; }
    // A content update to offer once the features are made (named on the command line).
    void offerPack(const QString &path) { m_packToOffer = path; }
    // Opens the content the store now chooses and makes the window again on it, shown, at the same
    // article. When it cannot be opened, the window stays as it is and the reader is told why.
    bool replaceContent();
    // Makes the window again on the same content, at the same article (after the language changed).
    void rebuildWindow();

    MainWindow *window() const { return m_window.get(); }
    UpdateController *updates() const { return m_updates; }
    const OpenedContent &content() const { return m_content; }

signals:
    void windowReplaced(MainWindow *window);
    // The window's article view and features are made (after build() and each window made again).
    void featuresReady();
    // The web engine module could not be loaded (problem names the file and why): no article can show.
    void engineMissing(const QString &problem);

protected:
    // The application's QEvent::LanguageChange: the window is made again in the new language, once the
    // change is complete (a switch removes one translation and installs another).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QStringList laterSidePanes();
    void makeFeatures();
    void closeWindow();
    void reopen(const QString &slug);

    Dependencies m_deps;
    OpenedContent m_content;
    std::unique_ptr<MainWindow> m_window;
    UpdateController *m_updates = nullptr;
    bool m_rebuildPending = false;
    bool m_featuresMade = false;
    QString m_packToOffer;
    bool m_quitOnClose = true;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_READERASSEMBLY_H
