<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+19"/>
        <source>Usage: pixetric [--version] [--help] COMMAND [ARGS]

Commands:
</source>
        <translation>Aufruf: pixetric [--version] [--help] BEFEHL [ARGUMENTE]

Befehle:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
&quot;pixetric COMMAND --help&quot; describes a command.
</source>
        <translation>
&quot;pixetric BEFEHL --help&quot; beschreibt einen Befehl.
</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>pixetric: unknown command &apos;%1&apos;
</source>
        <translation>pixetric: unbekannter Befehl &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>ExplainPlan</name>
    <message>
        <location filename="../models/pg/explainplan.cpp" line="+192"/>
        <source>There is no plan to show. Run EXPLAIN (FORMAT JSON) on a statement, or EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) to see actual times.</source>
        <translation>Es gibt keinen Plan zum Anzeigen. Führen Sie EXPLAIN (FORMAT JSON) für eine Anweisung aus oder EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON), um die tatsächlichen Zeiten zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan is not valid JSON (%1 at byte %2). Copy the complete output of EXPLAIN (FORMAT JSON) and try again.</source>
        <translation>Der Plan ist kein gültiges JSON (%1 bei Byte %2). Kopieren Sie die vollständige Ausgabe von EXPLAIN (FORMAT JSON) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not EXPLAIN (FORMAT JSON) output: %1. Run EXPLAIN with FORMAT JSON; the text, XML and YAML formats cannot be shown as a tree.</source>
        <translation>Das ist keine Ausgabe von EXPLAIN (FORMAT JSON): %1. Führen Sie EXPLAIN mit FORMAT JSON aus; die Formate TEXT, XML und YAML können nicht als Baum angezeigt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the list is empty</source>
        <translation>die Liste ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 of the list is not an object</source>
        <translation>Eintrag %1 der Liste ist kein Objekt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the text is neither a list nor an object</source>
        <translation>der Text ist weder eine Liste noch ein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>statement %1: %2</source>
        <translation>Anweisung %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no &quot;Plan&quot; object</source>
        <translation>es gibt kein &quot;Plan&quot;-Objekt</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the plan is nested more than %1 levels deep</source>
        <translation>der Plan ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a plan node has no &quot;Node Type&quot;</source>
        <translation>ein Planknoten hat keinen &quot;Node Type&quot;</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&quot;Plans&quot; of a %1 node is not a list</source>
        <translation>&quot;Plans&quot; eines %1-Knotens ist keine Liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;Plans&quot; of a %1 node holds something that is not a plan node</source>
        <translation>&quot;Plans&quot; eines %1-Knotens enthält etwas, das kein Planknoten ist</translation>
    </message>
</context>
<context>
    <name>PgBinaries</name>
    <message>
        <location filename="../models/fabric/pgbinaries.cpp" line="+139"/>
        <source>%1 does not hold PostgreSQL&apos;s server programs (initdb, pg_ctl, postgres, pg_basebackup). Choose the bin folder of a PostgreSQL installation.</source>
        <translation>%1 enthält nicht die Serverprogramme von PostgreSQL (initdb, pg_ctl, postgres, pg_basebackup). Wählen Sie den bin-Ordner einer PostgreSQL-Installation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No PostgreSQL server programs were found on this computer. Install PostgreSQL (on Debian: apt install postgresql), or set PIXETRIC_PG_BINDIR to its bin folder.</source>
        <translation>Auf diesem Computer wurden keine PostgreSQL-Serverprogramme gefunden. Installieren Sie PostgreSQL (unter Debian: apt install postgresql) oder setzen Sie PIXETRIC_PG_BINDIR auf dessen bin-Ordner.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <location filename="../models/pg/pgworker.cpp" line="+59"/>
        <source>Check the user name and password.</source>
        <translation>Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the server is running and accepts TCP/IP connections on this host and port.</source>
        <translation>Prüfen Sie, ob der Server läuft und auf diesem Host und Port TCP/IP-Verbindungen annimmt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the host name.</source>
        <translation>Prüfen Sie den Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. Check the host, the port and any firewall in between.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Host, Port und etwaige Firewalls dazwischen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the TLS mode (sslmode) and certificates; the server may not support TLS or may require it.</source>
        <translation>Prüfen Sie den TLS-Modus (sslmode) und die Zertifikate; der Server unterstützt TLS möglicherweise nicht oder verlangt es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the database and user names.</source>
        <translation>Prüfen Sie Datenbank- und Benutzernamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server listens on that Unix socket. Check the host (socket directory) and port.</source>
        <translation>An diesem Unix-Socket lauscht kein Server. Prüfen Sie Host (Socket-Verzeichnis) und Port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no free connection slots. Close idle sessions or raise max_connections.</source>
        <translation>Der Server hat keine freien Verbindungsplätze. Schließen Sie untätige Sitzungen oder erhöhen Sie max_connections.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Out of memory while connecting.</source>
        <translation>Nicht genug Speicher beim Verbindungsaufbau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the server was lost. Reconnect to continue; check the server log if it keeps happening.</source>
        <translation>Die Verbindung zum Server ist abgebrochen. Verbinden Sie sich neu, um fortzufahren; prüfen Sie das Serverlog, wenn das wiederholt vorkommt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connecting timed out.</source>
        <translation>Zeitüberschreitung beim Verbindungsaufbau.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The statement was cancelled before it started.</source>
        <translation>Die Anweisung wurde abgebrochen, bevor sie begann.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Replication (COPY BOTH) is not supported in this session.</source>
        <translation>Replikation (COPY BOTH) wird in dieser Sitzung nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>PgError</name>
    <message>
        <location filename="../models/pg/pgerror.cpp" line="+13"/>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint: %1</source>
        <translation>Tipp: %1</translation>
    </message>
</context>
<context>
    <name>Pixetric::CatalogReader</name>
    <message>
        <location filename="../models/pg/catalogreader.cpp" line="+84"/>
        <source>The catalog query is missing from this build.</source>
        <translation>Die Katalogabfrage fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No database to read the catalog from.</source>
        <translation>Keine Datenbank, aus der der Katalog gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the catalog did not finish.</source>
        <translation>Das Lesen des Katalogs wurde nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Pixetric::Cli::QueryCommand</name>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="+53"/>
        <source>  query CONNINFO SQL [--format csv|tsv|json]   run SQL and stream the rows to standard output
</source>
        <translation>  query CONNINFO SQL [--format csv|tsv|json]   SQL ausführen und die Zeilen auf die Standardausgabe streamen
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pixetric query CONNINFO SQL [--format csv|tsv|json]

Runs SQL on a PostgreSQL server and writes the rows to standard output as they arrive,
in constant memory, however many rows there are.

  CONNINFO        a postgresql:// URI or key=value pairs, for example
                  postgresql://alice@db.example.com:5432/sales or &quot;host=localhost dbname=sales&quot;.
                  A password not given here comes from PGPASSWORD or ~/.pgpass.
  SQL             one or more statements separated by &apos;;&apos;. They run one after the other in
                  one session, each committing on its own unless the SQL has BEGIN/COMMIT,
                  and the run stops at the first error.
  --format FORMAT csv (default): RFC 4180 quoting with a header line; NULL is an empty
                  field, the empty string is &quot;&quot;.
                  tsv: a header line; tab, newline, carriage return and backslash escaped
                  as in COPY; NULL is \N.
                  json: an array of objects, one per line; numbers and booleans bare,
                  json columns embedded, NULL as null.

Every statement that returns rows writes its own result, header included, in the order
the statements ran: CSV and TSV results are separated by an empty line, JSON arrays
follow one another. Statements that return no rows (CREATE, INSERT, SET, ...) write
nothing to standard output. Notices and errors go to standard error. When a statement
fails after sending some rows, those rows stay written and its result is not closed.

Ctrl+C cancels the running statement on the server; a second Ctrl+C ends at once.
A reader that stops reading (| head) ends the command quietly.

Exit status: 0 when every statement succeeded, 1 after a connection or SQL error or an
interruption, 2 for a usage error.
</source>
        <translation>Aufruf: pixetric query CONNINFO SQL [--format csv|tsv|json]

Führt SQL auf einem PostgreSQL-Server aus und schreibt die Zeilen auf die Standardausgabe,
sobald sie eintreffen – mit konstantem Speicherbedarf, ganz gleich, wie viele Zeilen es sind.

  CONNINFO        eine postgresql://-URI oder key=value-Paare, zum Beispiel
                  postgresql://alice@db.example.com:5432/sales oder &quot;host=localhost dbname=sales&quot;.
                  Ein hier nicht angegebenes Passwort kommt aus PGPASSWORD oder ~/.pgpass.
  SQL             eine oder mehrere durch &apos;;&apos; getrennte Anweisungen. Sie laufen nacheinander in
                  einer Sitzung, jede mit eigenem Commit, sofern das SQL kein BEGIN/COMMIT
                  enthält; der Lauf endet beim ersten Fehler.
  --format FORMAT csv (Standard): Maskierung nach RFC 4180 mit Kopfzeile; NULL ist ein leeres
                  Feld, die leere Zeichenkette ist &quot;&quot;.
                  tsv: eine Kopfzeile; Tabulator, Zeilenumbruch, Wagenrücklauf und Backslash
                  maskiert wie bei COPY; NULL ist \N.
                  json: ein Array von Objekten, eines pro Zeile; Zahlen und Wahrheitswerte
                  unverändert, json-Spalten eingebettet, NULL als null.

Jede Anweisung, die Zeilen liefert, schreibt ihr eigenes Ergebnis samt Kopfzeile, in der
Reihenfolge, in der die Anweisungen liefen: CSV- und TSV-Ergebnisse sind durch eine Leerzeile
getrennt, JSON-Arrays folgen direkt aufeinander. Anweisungen, die keine Zeilen liefern (CREATE,
INSERT, SET, ...), schreiben nichts auf die Standardausgabe. Hinweise und Fehler gehen auf die
Standardfehlerausgabe. Scheitert eine Anweisung, nachdem sie schon Zeilen gesendet hat, bleiben
diese Zeilen geschrieben, und ihr Ergebnis wird nicht abgeschlossen.

Strg+C bricht die laufende Anweisung auf dem Server ab; ein zweites Strg+C beendet sofort.
Hört der Leser auf zu lesen (| head), endet der Befehl ohne Meldung.

Exit-Status: 0, wenn alle Anweisungen erfolgreich waren, 1 nach einem Verbindungs- oder
SQL-Fehler oder einer Unterbrechung, 2 bei einem Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>pixetric query: --format needs a value: csv, tsv or json.</source>
        <translation>pixetric query: --format braucht einen Wert: csv, tsv oder json.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pixetric query: unknown format &apos;%1&apos;; use csv, tsv or json.</source>
        <translation>pixetric query: unbekanntes Format &apos;%1&apos;; verwenden Sie csv, tsv oder json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pixetric query: unknown option &apos;%1&apos;. To pass SQL that begins with &apos;-&apos;, put -- before it.</source>
        <translation>pixetric query: unbekannte Option &apos;%1&apos;. Um SQL zu übergeben, das mit &apos;-&apos; beginnt, stellen Sie -- davor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pixetric query: give a connection string and the SQL to run.</source>
        <translation>pixetric query: Geben Sie eine Verbindungszeichenfolge und das auszuführende SQL an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pixetric query: too many arguments; put the SQL in one quoted argument.</source>
        <translation>pixetric query: zu viele Argumente; übergeben Sie das SQL als ein einziges Argument in Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>pixetric: the connection string is not valid: %1
Give a URI such as postgresql://user@host:5432/dbname or key=value pairs such as &quot;host=localhost dbname=postgres&quot;.
</source>
        <translation>pixetric: die Verbindungszeichenfolge ist ungültig: %1
Geben Sie eine URI wie postgresql://user@host:5432/dbname oder key=value-Paare wie &quot;host=localhost dbname=postgres&quot; an.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pixetric query: the SQL holds no statement to run.
</source>
        <translation>pixetric query: das SQL enthält keine auszuführende Anweisung.
</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>pixetric: could not connect to %1: %2
</source>
        <translation>pixetric: Verbindung zu %1 fehlgeschlagen: %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the connection string: host, port, database, user and password.
</source>
        <translation>Prüfen Sie die Verbindungszeichenfolge: Host, Port, Datenbank, Benutzer und Passwort.
</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+46"/>
        <source>pixetric: interrupted.
</source>
        <translation>pixetric: unterbrochen.
</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+49"/>
        <source>pixetric: lost the connection to the server: %1
Run the command again once the server is reachable; if it keeps happening, check the server log.
</source>
        <translation>pixetric: Verbindung zum Server verloren: %1
Führen Sie den Befehl erneut aus, sobald der Server erreichbar ist; wenn das wiederholt vorkommt, prüfen Sie das Serverlog.
</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+49"/>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+48"/>
        <source>HINT</source>
        <translation>TIPP</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>pixetric: cancelled; the server stopped the statement.
</source>
        <translation>pixetric: abgebrochen; der Server hat die Anweisung gestoppt.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CONTEXT</source>
        <translation>ZUSAMMENHANG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statement %1 of %2 failed; the statements after it did not run.
</source>
        <translation>Anweisung %1 von %2 ist fehlgeschlagen; die folgenden Anweisungen wurden nicht ausgeführt.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement %1 of %2 failed.
</source>
        <translation>Anweisung %1 von %2 ist fehlgeschlagen.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server ended the session. Run the command again once the server is available; if it keeps happening, check the server log.
</source>
        <translation>Der Server hat die Sitzung beendet. Führen Sie den Befehl erneut aus, sobald der Server verfügbar ist; wenn das wiederholt vorkommt, prüfen Sie das Serverlog.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the statement, or the data it works on, and run the command again.
</source>
        <translation>Korrigieren Sie die Anweisung oder die Daten, mit denen sie arbeitet, und führen Sie den Befehl erneut aus.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pixetric: %1
</source>
        <translation>pixetric: %1
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>LINE %1: </source>
        <translation>ZEILE %1: </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>pixetric: cannot write to standard output: %1
Check that the disk has room and the file is writable.
</source>
        <translation>pixetric: kann nicht auf die Standardausgabe schreiben: %1
Prüfen Sie, ob auf dem Datenträger Platz ist und die Datei beschreibbar ist.
</translation>
    </message>
</context>
<context>
    <name>Pixetric::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="+28"/>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>postgresql://user@host:5432/database?sslmode=require</source>
        <translation>postgresql://benutzer@host:5432/datenbank?sslmode=require</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>localhost, a host name, an address or a socket directory</source>
        <translation>localhost, ein Hostname, eine Adresse oder ein Socket-Verzeichnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same as the user name</source>
        <translation>wie der Benutzername</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from ~/.pgpass when empty</source>
        <translation>aus ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prefer (TLS if the server offers it)</source>
        <translation>prefer (TLS, wenn der Server es anbietet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require (TLS, no certificate check)</source>
        <translation>require (TLS, ohne Zertifikatsprüfung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-ca (TLS, trusted certificate)</source>
        <translation>verify-ca (TLS, vertrauenswürdiges Zertifikat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-full (TLS, trusted certificate for this host)</source>
        <translation>verify-full (TLS, vertrauenswürdiges Zertifikat für diesen Host)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable (no TLS)</source>
        <translation>disable (kein TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allow (TLS only if the server insists)</source>
        <translation>allow (TLS nur, wenn der Server darauf besteht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~/.postgresql/root.crt</source>
        <translation>~/.postgresql/root.crt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as</source>
        <translation>Speichern als</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection &amp;string:</source>
        <translation>&amp;Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root certificate:</source>
        <translation>Stammzertifikat:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the connection a name to save it, or untick “Save as”.</source>
        <translation>Geben Sie der Verbindung einen Namen, um sie zu speichern, oder deaktivieren Sie „Speichern als“.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This connection string cannot be read: %1</source>
        <translation>Diese Verbindungszeichenfolge kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS %1 (%2)</source>
        <translation>TLS %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to PostgreSQL %1 as %2, %3.</source>
        <translation>Mit PostgreSQL %1 als %2 verbunden, %3.</translation>
    </message>
</context>
<context>
    <name>Pixetric::EditorTab</name>
    <message>
        <location filename="../ui/editortab.cpp" line="+69"/>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 — PostgreSQL %2, %3.</source>
        <translation>Verbunden mit %1 – PostgreSQL %2, %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your text is kept. Use Query ▸ Reconnect to continue.</source>
        <translation>Ihr Text bleibt erhalten. Wählen Sie Abfrage ▸ Neu verbinden, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing to run: the editor holds no statement there.</source>
        <translation>Nichts auszuführen: Der Editor enthält dort keine Anweisung.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing to explain: put the cursor on a statement.</source>
        <translation>Nichts für EXPLAIN: Setzen Sie den Cursor in eine Anweisung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>EXPLAIN ANALYZE runs the statement; its changes are rolled back afterwards.</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung aus; ihre Änderungen werden danach zurückgerollt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPLAIN ANALYZE runs the statement inside your open transaction: roll back to undo its changes.</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung in Ihrer offenen Transaktion aus: Machen Sie die Änderungen mit Rollback rückgängig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use Query ▸ Reconnect, then run again.</source>
        <translation>Wählen Sie Abfrage ▸ Neu verbinden und führen Sie die Anweisung dann erneut aus.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reconnecting to %1…</source>
        <translation>Verbindung zu %1 wird neu hergestellt…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Plan (analyzed)</source>
        <translation>Plan (analysiert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Pixetric::FabricRegistry</name>
    <message>
        <location filename="../models/fabric/fabricregistry.cpp" line="+58"/>
        <source>The registry&apos;s SQL is missing from this build of Pixetric Studio. Reinstall it.</source>
        <translation>Das SQL der Registrierung fehlt in diesem Build von Pixetric Studio. Installieren Sie es neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the fabric folder %1. Check that its parent may be written to, or choose another folder.</source>
        <translation>Der Fabric-Ordner %1 kann nicht angelegt werden. Prüfen Sie, ob in den übergeordneten Ordner geschrieben werden darf, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the fabric registry %1: %2.</source>
        <translation>Die Fabric-Registrierung %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a fabric registry that can be read (%2). Choose another folder for the fabric.</source>
        <translation>%1 ist keine lesbare Fabric-Registrierung (%2). Wählen Sie einen anderen Ordner für die Fabric.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fabric in %1 was written by a newer Pixetric Studio (registry version %2; this version reads up to %3). Update Pixetric Studio to use it; nothing in it was changed.</source>
        <translation>Die Fabric in %1 wurde von einem neueren Pixetric Studio geschrieben (Registrierungsversion %2; diese Version liest bis %3). Aktualisieren Sie Pixetric Studio, um sie zu verwenden; darin wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot set up the fabric registry %1: %2.</source>
        <translation>Die Fabric-Registrierung %1 kann nicht eingerichtet werden: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the fabric registry %1: %2. Check the free space and permissions of the folder.</source>
        <translation>Die Fabric-Registrierung %1 kann nicht angelegt werden: %2. Prüfen Sie den freien Platz und die Rechte des Ordners.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the fabric registry %1: %2.</source>
        <translation>Die Fabric-Registrierung %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A branch needs a name.</source>
        <translation>Ein Branch braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1…” is %2 characters long; a branch name has at most 63.</source>
        <translation>„%1…“ ist %2 Zeichen lang; ein Branch-Name hat höchstens 63.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot name a branch: use letters, digits, “-”, “_” and “.”, starting with a letter or digit.</source>
        <translation>„%1“ kann keinen Branch benennen: Verwenden Sie Buchstaben, Ziffern, „-“, „_“ und „.“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A branch called “%1” exists already (names are compared without case). Choose another name.</source>
        <translation>Ein Branch namens „%1“ existiert bereits (Groß- und Kleinschreibung zählt nicht). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port %1 or folder %2 belongs to another branch already.</source>
        <translation>Port %1 oder Ordner %2 gehört bereits zu einem anderen Branch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot record the branch “%1”: %2.</source>
        <translation>Der Branch „%1“ kann nicht eingetragen werden: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the branches from %1: %2.</source>
        <translation>Die Branches können nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot save the setting %1 in %2: %3.</source>
        <translation>Die Einstellung %1 kann nicht in %2 gespeichert werden: %3.</translation>
    </message>
</context>
<context>
    <name>Pixetric::HistoryModel</name>
    <message>
        <location filename="../models/historymodel.cpp" line="+70"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1
Database: %2</source>
        <translation>%1
Datenbank: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Failed: %2</source>
        <translation>%1

Fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
</context>
<context>
    <name>Pixetric::HistoryPanel</name>
    <message>
        <location filename="../ui/historypanel.cpp" line="+59"/>
        <source>Search statements, connections and databases</source>
        <translation>Anweisungen, Verbindungen und Datenbanken durchsuchen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy SQL</source>
        <translation>SQL kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete from History</source>
        <translation>Aus dem Verlauf löschen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The history file was damaged and has been moved to %1; a new history was started.</source>
        <translation>Die Verlaufsdatei war beschädigt und wurde nach %1 verschoben; ein neuer Verlauf wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>Pixetric::KSyntaxLexer</name>
    <message>
        <location filename="../ui/ksyntaxlexer.cpp" line="+44"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>Pixetric::ListenConsole</name>
    <message>
        <location filename="../ui/listenconsole.cpp" line="+35"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Channel (exact name)</source>
        <translation>Kanal (exakter Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel name exactly as senders use it in pg_notify(): case, spaces and quotes count.</source>
        <translation>Der Kanalname genau so, wie Sender ihn in pg_notify() verwenden: Groß-/Kleinschreibung, Leerzeichen und Anführungszeichen zählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlisten</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender PID</source>
        <translation>Sender-PID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payload (optional)</source>
        <translation>Nutzdaten (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>NOTIFY</source>
        <translation>NOTIFY</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Enter a channel name.</source>
        <translation>Geben Sie einen Kanalnamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A channel name cannot contain a NUL character.</source>
        <translation>Ein Kanalname darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is %2 bytes long; PostgreSQL channel names have at most %3. Use a shorter name.</source>
        <translation>„%1“ ist %2 Bytes lang; PostgreSQL-Kanalnamen haben höchstens %3. Verwenden Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Already listening on “%1”.</source>
        <translation>„%1“ ist bereits abonniert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not connected. Reconnect, then send the notification again.</source>
        <translation>Nicht verbunden. Verbinden Sie sich neu und senden Sie die Benachrichtigung dann erneut.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sent by this console&apos;s own session</source>
        <translation>Von der eigenen Sitzung dieser Konsole gesendet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not listen on “%1”: %2</source>
        <translation>„%1“ konnte nicht abonniert werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not stop listening on “%1”: %2</source>
        <translation>„%1“ konnte nicht abbestellt werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notification to “%1” was not sent: %2</source>
        <translation>Die Benachrichtigung an „%1“ wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disconnected. Click Reconnect to listen again.</source>
        <translation>Getrennt. Klicken Sie auf „Neu verbinden“, um die Kanäle wieder zu abonnieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected. Open a connection to listen for notifications.</source>
        <translation>Nicht verbunden. Öffnen Sie eine Verbindung, um Benachrichtigungen zu empfangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected as %1 (PID %2). Add a channel to listen on.</source>
        <translation>Verbunden als %1 (PID %2). Geben Sie einen Kanal zum Abonnieren an.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Listening on %n channel(s) as %1 (PID %2).</source>
        <translation>
            <numerusform>Verbunden als %1 (PID %2), %n Kanal abonniert.</numerusform>
            <numerusform>Verbunden als %1 (PID %2), %n Kanäle abonniert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not connect to %1: %2
Check the connection, then click Reconnect.</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2
Prüfen Sie die Verbindung und klicken Sie dann auf „Neu verbinden“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 was lost: %2
Click Reconnect to open it again and listen on the channels again.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2
Klicken Sie auf „Neu verbinden“, um sie wieder zu öffnen und die Kanäle erneut zu abonnieren.</translation>
    </message>
</context>
<context>
    <name>Pixetric::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+67"/>
        <source>Pixetric Studio</source>
        <translation>Pixetric Studio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h2&gt;Pixetric Studio&lt;/h2&gt;&lt;p&gt;Connect to a PostgreSQL server to start.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pixetric Studio&lt;/h2&gt;&lt;p&gt;Verbinden Sie sich mit einem PostgreSQL-Server, um zu beginnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New connection…</source>
        <translation>Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Tab on This Connection</source>
        <translation>Neuer &amp;Tab mit dieser Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open SQL File…</source>
        <translation>SQL-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save SQL As…</source>
        <translation>SQL speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Query</source>
        <translation>Ab&amp;frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;Statement</source>
        <translation>&amp;Anweisung ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the selection, or the statement under the cursor (Ctrl+Enter)</source>
        <translation>Die Auswahl oder die Anweisung unter dem Cursor ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;All</source>
        <translation>A&amp;lle ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run every statement in the editor (F5)</source>
        <translation>Alle Anweisungen im Editor ausführen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the running statement (Ctrl+.)</source>
        <translation>Die laufende Anweisung abbrechen (Strg+.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Explain</source>
        <translation>&amp;Explain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explain A&amp;nalyze</source>
        <translation>Explain A&amp;nalyze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EXPLAIN (ANALYZE, BUFFERS) the statement under the cursor (Shift+F7)</source>
        <translation>EXPLAIN (ANALYZE, BUFFERS) für die Anweisung unter dem Cursor (Umschalt+F7)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;uto-commit</source>
        <translation>A&amp;uto-Commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When off, the first statement opens a transaction that stays open until Commit or Rollback</source>
        <translation>Wenn ausgeschaltet, öffnet die erste Anweisung eine Transaktion, die bis zum Commit oder Rollback offen bleibt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ommit</source>
        <translation>C&amp;ommit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rollback</source>
        <translation>&amp;Rollback</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workbench</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Pixetric Studio</source>
        <translation>Ü&amp;ber Pixetric Studio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New Connection…</source>
        <translation>Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget “%1”</source>
        <translation>„%1“ vergessen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results appear here. Run a statement with Ctrl+Enter.</source>
        <translation>Ergebnisse erscheinen hier. Führen Sie eine Anweisung mit Strg+Eingabe aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notices, RAISE output and errors appear here.</source>
        <translation>Hinweise, RAISE-Ausgaben und Fehler erscheinen hier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a tab to listen for notifications on its connection.</source>
        <translation>Öffnen Sie einen Tab, um Benachrichtigungen auf dessen Verbindung zu empfangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection string</source>
        <translation>Verbindungszeichenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This connection string cannot be read:
%1

Use a postgresql:// URI or key=value pairs.</source>
        <translation>Diese Verbindungszeichenfolge kann nicht gelesen werden:
%1

Verwenden Sie eine postgresql://-URI oder key=value-Paare.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Open SQL File</source>
        <translation>SQL-Datei öffnen</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+20"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect to a server first; the file opens in a tab on that connection.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server; die Datei wird in einem Tab dieser Verbindung geöffnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Save SQL As</source>
        <translation>SQL speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2
Your text is still in the editor; choose another place.</source>
        <translation>%1 konnte nicht gespeichert werden: %2
Ihr Text ist noch im Editor; wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open transaction</source>
        <translation>Offene Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session of “%1” has an open transaction. Closing it rolls the transaction back.</source>
        <translation>Die Sitzung von „%1“ hat eine offene Transaktion. Beim Schließen wird die Transaktion zurückgerollt.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — PostgreSQL %2 — %3</source>
        <translation>%1 – PostgreSQL %2 – %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected from %1 — Query ▸ Reconnect</source>
        <translation>Verbindung zu %1 getrennt – Abfrage ▸ Neu verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Auto-commit</source>
        <translation>Auto-Commit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manual commit — no transaction yet</source>
        <translation>Manueller Commit – noch keine Transaktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction open — Commit or Rollback</source>
        <translation>Transaktion offen – Commit oder Rollback</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaction failed — Rollback to continue</source>
        <translation>Transaktion fehlgeschlagen – Rollback zum Fortfahren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running… %1 s</source>
        <translation>Läuft… %1 s</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>About Pixetric Studio</source>
        <translation>Über Pixetric Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Pixetric Studio %1&lt;/h3&gt;&lt;p&gt;A desktop console for branchable PostgreSQL.&lt;/p&gt;&lt;p&gt;Qt %2, libpq %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pixetric Studio %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für verzweigbares PostgreSQL.&lt;/p&gt;&lt;p&gt;Qt %2, libpq %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Pixetric::MessagesPane</name>
    <message>
        <location filename="../ui/messagespane.cpp" line="+26"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n Zeile betroffen</numerusform>
            <numerusform>%n Zeilen betroffen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at line %1, column %2</source>
        <translation>in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Detail:</source>
        <translation>Detail:</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>Hint:</source>
        <translation>Tipp:</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
</context>
<context>
    <name>Pixetric::PlanModel</name>
    <message>
        <location filename="../models/planmodel.cpp" line="+115"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+52"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>never executed</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— / %1</source>
        <translation>— / %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1× under</source>
        <translation>%1× unterschätzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1× over</source>
        <translation>%1× überschätzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 hit, %2 read</source>
        <translation>%1 Treffer, %2 gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 dirtied</source>
        <translation>, %1 geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 written</source>
        <translation>, %1 geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, temp %1/%2</source>
        <translation>, temp %1/%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index Cond</source>
        <translation>Index Cond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recheck Cond</source>
        <translation>Recheck Cond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hash Cond</source>
        <translation>Hash Cond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Cond</source>
        <translation>Merge Cond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join Filter</source>
        <translation>Join Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-Time Filter</source>
        <translation>One-Time Filter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Estimated cost of this node alone, in planner units. Run EXPLAIN ANALYZE for times.</source>
        <translation>Geschätzte Kosten nur dieses Knotens, in Planer-Einheiten. Führen Sie EXPLAIN ANALYZE aus, um Zeiten zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time in this node alone: %1 of %2 including everything below it.</source>
        <translation>Zeit nur in diesem Knoten: %1 von %2 einschließlich aller Knoten darunter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the execution time (%1).</source>
        <translation>Anteil an der Ausführungszeit (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the estimated cost.</source>
        <translation>Anteil an den geschätzten Kosten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated rows per loop.</source>
        <translation>Geschätzte Zeilen pro Durchlauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows per loop (%2 in all over %3 loops); the planner estimated %4 per loop.</source>
        <translation>%1 Zeilen pro Durchlauf (insgesamt %2 in %3 Durchläufen); der Planer schätzte %4 pro Durchlauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fewer rows than estimated because a Limit or join above stopped reading early; this is not a bad estimate.</source>
        <translation>Weniger Zeilen als geschätzt, weil ein Limit oder Join darüber vorzeitig aufgehört hat zu lesen; das ist keine schlechte Schätzung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row estimate is off by %1×. Run ANALYZE on the tables involved; for columns that depend on each other, CREATE STATISTICS helps the planner.</source>
        <translation>Die Zeilenschätzung liegt um %1× daneben. Führen Sie ANALYZE für die beteiligten Tabellen aus; bei voneinander abhängigen Spalten hilft CREATE STATISTICS dem Planer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row estimate is within %1× of the actual rows.</source>
        <translation>Die Zeilenschätzung liegt innerhalb von %1× der tatsächlichen Zeilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run EXPLAIN (ANALYZE, BUFFERS) to see buffer use.</source>
        <translation>Führen Sie EXPLAIN (ANALYZE, BUFFERS) aus, um die Puffernutzung zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared blocks: %1 hit, %2 read, %3 dirtied, %4 written
Local blocks: %5 hit, %6 read, %7 dirtied, %8 written
Temp blocks: %9 read, %10 written</source>
        <translation>Shared-Blöcke: %1 Treffer, %2 gelesen, %3 geändert, %4 geschrieben
Lokale Blöcke: %5 Treffer, %6 gelesen, %7 geändert, %8 geschrieben
Temporäre Blöcke: %9 gelesen, %10 geschrieben</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exclusive cost</source>
        <translation>Exklusive Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows (actual / est.)</source>
        <translation>Zeilen (tats. / gesch.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows (est.)</source>
        <translation>Zeilen (gesch.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loops</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffers (shared)</source>
        <translation>Puffer (shared)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time spent in the node itself, without its children; parallel workers count as wall-clock time.</source>
        <translation>Zeit im Knoten selbst, ohne seine Kindknoten; bei parallelen Workern zählt die verstrichene Echtzeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated cost of the node itself, without its children.</source>
        <translation>Geschätzte Kosten des Knotens selbst, ohne seine Kindknoten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the total execution time.</source>
        <translation>Anteil an der gesamten Ausführungszeit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of the total estimated cost.</source>
        <translation>Anteil an den gesamten geschätzten Kosten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far the planner&apos;s row estimate was from the actual rows; %1× or more is marked.</source>
        <translation>Wie weit die Zeilenschätzung des Planers von den tatsächlichen Zeilen abwich; ab %1× wird sie markiert.</translation>
    </message>
</context>
<context>
    <name>Pixetric::PlanView</name>
    <message>
        <location filename="../ui/planview.cpp" line="+152"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No plan. Run EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) on a statement to see where its time goes.</source>
        <translation>Kein Plan. Führen Sie EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) für eine Anweisung aus, um zu sehen, wofür sie ihre Zeit braucht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Estimated plan, total cost %1</source>
        <translation>Geschätzter Plan, Gesamtkosten %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planning %1</source>
        <translation>Planung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Execution %1</source>
        <translation>Ausführung %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Triggers %1 (%n call(s))</source>
        <translation>
            <numerusform>Trigger %1 (%n Aufruf)</numerusform>
            <numerusform>Trigger %1 (%n Aufrufe)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JIT %1</source>
        <translation>JIT %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hottest: %1 (%2 %)</source>
        <translation>Hotspot: %1 (%2 %)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n bad row estimate(s)</source>
        <translation>
            <numerusform>%n schlechte Zeilenschätzung</numerusform>
            <numerusform>%n schlechte Zeilenschätzungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Costs only: run EXPLAIN (ANALYZE, BUFFERS) to see actual times and rows.</source>
        <translation>Nur Kosten: Führen Sie EXPLAIN (ANALYZE, BUFFERS) aus, um tatsächliche Zeiten und Zeilen zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured without timing: shares are by estimated cost. Leave TIMING on to see times.</source>
        <translation>Ohne Zeitmessung ausgeführt: Die Anteile beruhen auf den geschätzten Kosten. Lassen Sie TIMING eingeschaltet, um Zeiten zu sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusive time</source>
        <translation>Exklusive Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusive time</source>
        <translation>Inklusive Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of execution</source>
        <translation>Anteil an der Ausführung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of cost</source>
        <translation>Anteil an den Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusive cost</source>
        <translation>Exklusive Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows per loop</source>
        <translation>Zeilen pro Durchlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 actual, %2 estimated</source>
        <translation>%1 tatsächlich, %2 geschätzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 estimated</source>
        <translation>%1 geschätzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — bad estimate</source>
        <translation>%1 – schlechte Schätzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — stopped early by a Limit or join above</source>
        <translation>%1 – vorzeitig beendet durch ein Limit oder einen Join darüber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row estimate</source>
        <translation>Zeilenschätzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loops</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallel processes</source>
        <translation>Parallele Prozesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (workers and leader)</source>
        <translation>%1 (Worker und Leader)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared buffers</source>
        <translation>Shared Buffers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
</context>
<context>
    <name>Pixetric::QueryHistory</name>
    <message>
        <location filename="../models/core/queryhistory.cpp" line="+78"/>
        <source>the statement &quot;%1&quot; is missing from %2</source>
        <translation>die Anweisung &quot;%1&quot; fehlt in %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No file is set for the query history. Choose where to keep it in the settings.</source>
        <translation>Für den Abfrageverlauf ist keine Datei festgelegt. Wählen Sie in den Einstellungen, wo er gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The query history cannot be saved: the folder %1 cannot be created. Check that it may be written to, or choose another location for the history.</source>
        <translation>Der Abfrageverlauf kann nicht gespeichert werden: Der Ordner %1 kann nicht angelegt werden. Prüfen Sie, ob dort geschrieben werden darf, oder wählen Sie einen anderen Speicherort für den Verlauf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The query history cannot be used: %1 is missing from this build. Reinstall Pixetric Studio.</source>
        <translation>Der Abfrageverlauf kann nicht verwendet werden: %1 fehlt in diesem Build. Installieren Sie Pixetric Studio neu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The query history in %1 cannot be opened (%2). Check that the file and its folder may be written to, or choose another location for the history.</source>
        <translation>Der Abfrageverlauf in %1 kann nicht geöffnet werden (%2). Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind, oder wählen Sie einen anderen Speicherort für den Verlauf.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The query history file %1 cannot be used, even after the damaged one was moved aside. Delete it, or choose another location for the history.</source>
        <translation>Die Verlaufsdatei %1 ist nicht nutzbar, auch nachdem die beschädigte Datei beiseitegelegt wurde. Löschen Sie sie oder wählen Sie einen anderen Ort für den Verlauf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The query history file %1 is damaged and cannot be moved aside. Close other Pixetric Studio windows and delete the file to start a new history.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt und kann nicht beiseitegelegt werden. Schließen Sie andere Pixetric-Studio-Fenster und löschen Sie die Datei, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The statement was not added to the query history (%1). Check the free disk space, or choose another location for the history.</source>
        <translation>Die Anweisung wurde nicht in den Abfrageverlauf aufgenommen (%1). Prüfen Sie den freien Speicherplatz oder wählen Sie einen anderen Speicherort für den Verlauf.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+17"/>
        <source>The query history cannot be searched (%1). Try again; if it keeps failing, choose another location for the history.</source>
        <translation>Der Abfrageverlauf kann nicht durchsucht werden (%1). Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, wählen Sie einen anderen Speicherort für den Verlauf.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The entry was not deleted from the query history (%1). Try again.</source>
        <translation>Der Eintrag wurde nicht aus dem Abfrageverlauf gelöscht (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The query history was not cleared (%1). Try again.</source>
        <translation>Der Abfrageverlauf wurde nicht geleert (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The query history cannot be read (%1). Try again.</source>
        <translation>Der Abfrageverlauf kann nicht gelesen werden (%1). Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Pixetric::ResultExport</name>
    <message>
        <location filename="../ui/resultexport.cpp" line="+110"/>
        <source>The disk is full. Free some space or choose another disk, then export again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Datenträger und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not write there. Choose another folder.</source>
        <translation>Sie haben dort keine Schreibrechte. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another folder, or check that the disk has free space and you may write there.</source>
        <translation>Wählen Sie einen anderen Ordner oder prüfen Sie, ob der Datenträger freien Speicherplatz hat und Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Could not export to %1: %2.</source>
        <translation>Export nach %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the query again, then export.</source>
        <translation>Führen Sie die Abfrage erneut aus und exportieren Sie dann.</translation>
    </message>
</context>
<context>
    <name>Pixetric::ResultModel</name>
    <message>
        <location filename="../models/resultmodel.cpp" line="+189"/>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1
Type OID %2</source>
        <translation>%1
Typ-OID %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Type %2 (OID %3)</source>
        <translation>%1
Typ %2 (OID %3)</translation>
    </message>
</context>
<context>
    <name>Pixetric::ResultView</name>
    <message>
        <location filename="../ui/resultview.cpp" line="+41"/>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL INSERT</source>
        <translation>SQL INSERT</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, fetching…</source>
        <translation>%1, Abruf läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — incomplete: the run was cancelled or failed; these are the rows that arrived before.</source>
        <translation>%1 – unvollständig: Die Ausführung wurde abgebrochen oder ist fehlgeschlagen; dies sind die Zeilen, die bis dahin angekommen sind.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>The selection is too large for the clipboard (about %1). Use Export… to write it to a file.</source>
        <translation>Die Auswahl ist zu groß für die Zwischenablage (etwa %1). Verwenden Sie „Exportieren…“, um sie in eine Datei zu schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not copy: %1</source>
        <translation>Kopieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy as</source>
        <translation>Kopieren als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy All as</source>
        <translation>Alles kopieren als</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>An export of this result is already running. Wait for it or cancel it first.</source>
        <translation>Ein Export dieses Ergebnisses läuft bereits. Warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+56"/>
        <source>Export Result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported 1 row to %1.</source>
        <translation>1 Zeile nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>ResultStore</name>
    <message>
        <location filename="../models/pg/resultstore.cpp" line="+196"/>
        <source>Could not read rows back from the temporary file in %1: %2.</source>
        <translation>Zeilen konnten nicht aus der temporären Datei in %1 zurückgelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some rows cannot be shown. Check the disk that holds the temporary folder, then run the query again.</source>
        <translation>Einige Zeilen können nicht angezeigt werden. Prüfen Sie den Datenträger mit dem temporären Ordner und führen Sie die Abfrage dann erneut aus.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No rows were lost; they stay in memory. Free some disk space or choose another folder for temporary files, then run the query again.</source>
        <translation>Es sind keine Zeilen verloren gegangen; sie bleiben im Arbeitsspeicher. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner für temporäre Dateien und führen Sie die Abfrage dann erneut aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not create a temporary file in %1 for rows beyond the memory limit: %2.</source>
        <translation>In %1 konnte keine temporäre Datei für die Zeilen jenseits des Speicherlimits angelegt werden: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not write rows beyond the memory limit to a temporary file in %1: %2.</source>
        <translation>Die Zeilen jenseits des Speicherlimits konnten nicht in eine temporäre Datei in %1 geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+34"/>
        <source>Desktop console for branchable PostgreSQL</source>
        <translation>Desktop-Konsole für verzweigbares PostgreSQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open an SQL tab on this connection (URI or key=value).</source>
        <translation>Einen SQL-Tab mit dieser Verbindung öffnen (URI oder key=value).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit as soon as the main window is shown (start-up measurements).</source>
        <translation>Beenden, sobald das Hauptfenster angezeigt wird (für Startzeitmessungen).</translation>
    </message>
</context>
</TS>
