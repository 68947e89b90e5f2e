<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+23"/>
        <source>Usage: pixetric [--version] [--help] COMMAND [ARGS]

Commands:
</source>
        <translation>Aufruf: pixetric [--version] [--help] BEFEHL [ARGUMENTE]

Befehle:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
&quot;pixetric COMMAND --help&quot; describes a command.
</source>
        <translation>
&quot;pixetric BEFEHL --help&quot; beschreibt einen Befehl.
</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+172"/>
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
    <name>Pixetric::BranchDetailsPanel</name>
    <message>
        <location filename="../ui/branchdetailspanel.cpp" line="+36"/>
        <source>Select a branch to see its details.</source>
        <translation>Wählen Sie einen Branch aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent:</source>
        <translation>Eltern-Branch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute:</source>
        <translation>Compute:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PostgreSQL:</source>
        <translation>PostgreSQL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clone method:</source>
        <translation>Klonverfahren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch point LSN:</source>
        <translation>LSN des Abzweigpunkts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch point time:</source>
        <translation>Zeit des Abzweigpunkts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Socket folder:</source>
        <translation>Socket-Ordner:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Show the password in the connection string</source>
        <translation>Das Passwort in der Verbindungszeichenfolge anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the connection string with its password</source>
        <translation>Die Verbindungszeichenfolge samt Passwort kopieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend the compute after this many idle minutes; 0 keeps it running</source>
        <translation>Den Compute nach so vielen Minuten im Leerlauf anhalten; bei 0 läuft er weiter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Auto-suspend:</source>
        <translation>Automatisch anhalten:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>new cluster (initdb)</source>
        <translation>neuer Cluster (initdb)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported (pg_dump / pg_restore)</source>
        <translation>importiert (pg_dump / pg_restore)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy-on-write clone (reflink)</source>
        <translation>Copy-on-Write-Klon (Reflink)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full file copy</source>
        <translation>vollständige Dateikopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online base backup (pg_basebackup)</source>
        <translation>Online-Base-Backup (pg_basebackup)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+1"/>
        <source>none (root branch)</source>
        <translation>entfällt (Root-Branch)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>127.0.0.1:%1</source>
        <translation>127.0.0.1:%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compute stopped unexpectedly; see its log in the fabric folder.</source>
        <translation>Der Compute wurde unerwartet beendet; sein Log liegt im Fabric-Ordner.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not available yet</source>
        <translation>noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Pixetric::BranchTreeDock</name>
    <message>
        <location filename="../ui/branchtreedock.cpp" line="+122"/>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Branch actions</source>
        <translation>Branch-Aktionen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>&amp;New Branch…</source>
        <translation>&amp;Neuer Branch…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a branch below the selected one</source>
        <translation>Einen Branch unterhalb des ausgewählten erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to Parent…</source>
        <translation>Auf Eltern-Branch &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the branch&apos;s data with its parent&apos;s current data; the connection string stays</source>
        <translation>Die Daten des Branches durch die aktuellen Daten seines Eltern-Branches ersetzen; die Verbindungszeichenfolge bleibt gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the branch and its compute</source>
        <translation>Den Branch und seinen Compute löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+240"/>
        <source>&amp;Protect</source>
        <translation>&amp;Schützen</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+242"/>
        <source>Protect the branch from reset and discard</source>
        <translation>Den Branch vor Zurücksetzen und Verwerfen schützen</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+247"/>
        <source>&amp;Start Compute</source>
        <translation>Compute s&amp;tarten</translation>
    </message>
    <message>
        <location line="-247"/>
        <location line="+250"/>
        <source>Start the branch&apos;s PostgreSQL server</source>
        <translation>Den PostgreSQL-Server des Branches starten</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>&amp;Copy Connection String</source>
        <translation>Verbindungszeichenfolge &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the branch&apos;s postgresql:// URI, with its password, to the clipboard</source>
        <translation>Die postgresql://-URI des Branches samt Passwort in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open SQL Tab</source>
        <translation>SQL-Tab ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open an SQL tab on the branch (double-click)</source>
        <translation>Einen SQL-Tab mit diesem Branch öffnen (Doppelklick)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set as De&amp;fault</source>
        <translation>Als Stan&amp;dard festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this the branch new branches start from and tools use when none is named</source>
        <translation>Diesen Branch zum Standard machen: Neue Branches gehen von ihm aus, und Werkzeuge verwenden ihn, wenn kein Branch angegeben ist</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>%1 “%2” failed: %3</source>
        <translation>„%1“ für „%2“ fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given; see the Operations panel</source>
        <translation>kein Grund angegeben; siehe Bereich „Operationen“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No fabric is open, so there are no branches to show. Pixetric Studio was started with --no-fabric; start it without that option to browse and branch databases.</source>
        <translation>Es ist keine Fabric geöffnet, daher gibt es keine Branches anzuzeigen. Pixetric Studio wurde mit --no-fabric gestartet; starten Sie es ohne diese Option, um Datenbanken zu durchsuchen und Branches davon anzulegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SQL workbench works without the fabric. Fix the problem above and restart Pixetric Studio, or start it with --fabric FOLDER to use another fabric folder.</source>
        <translation>Der SQL-Arbeitsbereich funktioniert auch ohne die Fabric. Beheben Sie das obige Problem und starten Sie Pixetric Studio neu, oder starten Sie es mit --fabric ORDNER, um einen anderen Fabric-Ordner zu verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fabric has no branches yet.</source>
        <translation>Die Fabric hat noch keine Branches.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening the fabric…</source>
        <translation>Die Fabric wird geöffnet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the first branch “%1”; this takes a minute. %2 (%3 %)</source>
        <translation>Der erste Branch „%1“ wird erstellt; das kann eine Minute dauern. %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Un&amp;protect</source>
        <translation>Schutz auf&amp;heben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the protection, so the branch can be reset and discarded</source>
        <translation>Den Schutz aufheben, damit der Branch zurückgesetzt und verworfen werden kann</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Suspend Compute</source>
        <translation>Compute &amp;anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the branch&apos;s PostgreSQL server; it keeps its data and endpoint</source>
        <translation>Den PostgreSQL-Server des Branches stoppen; Daten und Endpunkt bleiben erhalten</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reset Branch</source>
        <translation>Branch zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset “%1” to the current data of “%2”?</source>
        <translation>„%1“ auf den aktuellen Datenstand von „%2“ zurücksetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything written on “%1” since it was branched is lost. Open sessions are disconnected; the connection string stays the same.</source>
        <translation>Alles, was seit dem Abzweigen auf „%1“ geschrieben wurde, geht verloren. Offene Sitzungen werden getrennt; die Verbindungszeichenfolge bleibt gleich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+21"/>
        <source>“%1” has no connection string yet; wait until the branch is ready.</source>
        <translation>„%1“ hat noch keine Verbindungszeichenfolge; warten Sie, bis der Branch bereit ist.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Copied the connection string of “%1”, with its password.</source>
        <translation>Verbindungszeichenfolge von „%1“ samt Passwort kopiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied the connection string of “%1”, with its password. Start its compute before connecting.</source>
        <translation>Verbindungszeichenfolge von „%1“ samt Passwort kopiert. Starten Sie seinen Compute, bevor Sie sich verbinden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Starting the compute of “%1”; the SQL tab opens when it runs.</source>
        <translation>Der Compute von „%1“ wird gestartet; der SQL-Tab öffnet sich, sobald er läuft.</translation>
    </message>
</context>
<context>
    <name>Pixetric::BranchTreeModel</name>
    <message>
        <location filename="../models/branchtreemodel.cpp" line="+371"/>
        <source>%1 at %2</source>
        <comment>branch point: LSN at time</comment>
        <translation>%1 vom %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>127.0.0.1:%1, Unix socket in %2</source>
        <translation>127.0.0.1:%1, Unix-Socket in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default branch</source>
        <translation>Standard-Branch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected: reset and discard need the protection removed first</source>
        <translation>Geschützt: Vor dem Zurücksetzen oder Verwerfen muss der Schutz aufgehoben werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute: %1</source>
        <translation>Compute: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Logical size of the branch&apos;s data</source>
        <translation>Logische Größe der Daten des Branches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent&apos;s WAL position (LSN) and time the branch starts from</source>
        <translation>WAL-Position (LSN) und Zeitpunkt des Eltern-Branches, von denen der Branch ausgeht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port on 127.0.0.1; it stays the same for the branch&apos;s whole life</source>
        <translation>Port auf 127.0.0.1; er bleibt während der gesamten Lebensdauer des Branches gleich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch point</source>
        <translation>Abzweigpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
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
    <name>Pixetric::Cli::BranchCommand</name>
    <message>
        <location filename="../app/cli/branchcommand.cpp" line="+63"/>
        <source>list [--json]</source>
        <translation>list [--json]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the branch tree with computes and sizes</source>
        <translation>der Branch-Baum mit Computes und Größen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the branch tree: each branch below its parent, its compute (running or suspended), the
size of its data, when it was made, its parent, and whether it is the default or protected.
--json: an array of objects with every field (times in ISO 8601, UTC).</source>
        <translation>Zeigt den Branch-Baum: jeden Branch unter seinem Eltern-Branch, seinen Compute (läuft oder
angehalten), die Größe seiner Daten, wann er angelegt wurde, seinen Eltern-Branch und ob er der
Standard-Branch oder geschützt ist.
--json: ein Array von Objekten mit allen Feldern (Zeiten in ISO 8601, UTC).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create NAME [--parent BRANCH]</source>
        <translation>create NAME [--parent BRANCH]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a new branch from its parent&apos;s current state</source>
        <translation>neuer Branch vom aktuellen Stand des Eltern-Branches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes branch NAME from the current state of BRANCH (default: the default branch).
Names have 1 to 63 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, start with a letter or digit, and differ
from every other branch&apos;s name also when case is ignored.</source>
        <translation>Erstellt den Branch NAME aus dem aktuellen Stand von BRANCH (ohne Angabe: der Standard-Branch).
Namen bestehen aus 1 bis 63 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, beginnen mit einem Buchstaben
oder einer Ziffer und unterscheiden sich von allen anderen Branch-Namen, auch ohne Beachtung der
Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delete NAME [--recursive] [--force]</source>
        <translation>delete NAME [--recursive] [--force]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delete a branch and its data</source>
        <translation>einen Branch und seine Daten löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes branch NAME with its data; its compute is stopped first. A branch with child
branches is deleted only with --recursive, which deletes them too. Protected branches and
the default branch are never deleted: unprotect them, or make another branch the default.
On a terminal the command asks before it deletes; --force does not ask.</source>
        <translation>Löscht den Branch NAME samt seinen Daten; sein Compute wird vorher gestoppt. Ein Branch mit
Kind-Branches wird nur mit --recursive gelöscht, das diese mitlöscht. Geschützte Branches und
der Standard-Branch werden nie gelöscht: Heben Sie ihren Schutz auf oder machen Sie einen
anderen Branch zum Standard. Im Terminal fragt der Befehl vor dem Löschen nach; --force fragt nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reset NAME</source>
        <translation>reset NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replace a branch with its parent&apos;s current state</source>
        <translation>einen Branch auf seinen Eltern-Branch zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the data of branch NAME with the current state of its parent. Its connection string
stays the same; changes made on the branch are lost.</source>
        <translation>Ersetzt die Daten des Branches NAME durch den aktuellen Stand seines Eltern-Branches. Seine
Verbindungszeichenfolge bleibt gleich; auf dem Branch gemachte Änderungen gehen verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rename NAME NEW_NAME</source>
        <translation>rename NAME NEUER_NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>give a branch another name</source>
        <translation>einen Branch umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renames branch NAME to NEW_NAME. Its port and connection string stay the same.</source>
        <translation>Benennt den Branch NAME in NEUER_NAME um. Port und Verbindungszeichenfolge bleiben gleich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protect NAME</source>
        <translation>protect NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refuse to delete or reset a branch</source>
        <translation>einen Branch vor Löschen und Zurücksetzen schützen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks branch NAME as protected: it cannot be deleted or reset until it is unprotected.</source>
        <translation>Markiert den Branch NAME als geschützt: Er kann weder gelöscht noch zurückgesetzt werden, bis
sein Schutz aufgehoben ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unprotect NAME</source>
        <translation>unprotect NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lift a branch&apos;s protection</source>
        <translation>den Schutz eines Branches aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the protection of branch NAME.</source>
        <translation>Hebt den Schutz des Branches NAME auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set-default NAME</source>
        <translation>set-default NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the branch new branches start from</source>
        <translation>der Branch, von dem neue Branches ausgehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes NAME the default branch: &quot;pixetric branch create&quot; without --parent starts from it.</source>
        <translation>Macht NAME zum Standard-Branch: &quot;pixetric branch create&quot; ohne --parent geht von ihm aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start NAME</source>
        <translation>start NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>start a branch&apos;s compute</source>
        <translation>den Compute eines Branches starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the compute (the PostgreSQL server) of branch NAME. It is suspended again after
its auto-suspend time without activity.</source>
        <translation>Startet den Compute (den PostgreSQL-Server) des Branches NAME. Nach seiner Auto-Suspend-Zeit
ohne Aktivität wird er wieder angehalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>suspend NAME</source>
        <translation>suspend NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop a branch&apos;s compute</source>
        <translation>den Compute eines Branches anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the compute of branch NAME; its data stays. &quot;pixetric branch start&quot; resumes it.</source>
        <translation>Hält den Compute des Branches NAME an; seine Daten bleiben erhalten. &quot;pixetric branch start&quot;
startet ihn wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-suspend NAME SECONDS</source>
        <translation>auto-suspend NAME SEKUNDEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>suspend after SECONDS idle (0: never)</source>
        <translation>nach SEKUNDEN Leerlauf anhalten (0: nie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspends the compute of branch NAME after SECONDS without client activity; 0 keeps it
running until it is suspended by hand.</source>
        <translation>Hält den Compute des Branches NAME nach SEKUNDEN ohne Client-Aktivität an; bei 0 läuft er,
bis er von Hand angehalten wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status NAME [--json]</source>
        <translation>status NAME [--json]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the compute&apos;s state: running, suspended, ...</source>
        <translation>der Zustand des Computes: running, suspended, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the state of the compute of branch NAME: running, suspended, starting, stopping or
failed. --json: every field of the branch.</source>
        <translation>Gibt den Zustand des Computes von Branch NAME aus: running, suspended, starting, stopping
oder failed. --json: alle Felder des Branches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connstr NAME [--no-password]</source>
        <translation>connstr NAME [--no-password]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the postgresql:// URI of a branch</source>
        <translation>die postgresql://-URI eines Branches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the connection URI of branch NAME; psql and pgbench take it as it is.
--no-password leaves the password out (libpq then looks in PGPASSWORD and ~/.pgpass).</source>
        <translation>Gibt die Verbindungs-URI des Branches NAME aus; psql und pgbench nehmen sie unverändert an.
--no-password lässt das Passwort weg (libpq sucht es dann in PGPASSWORD und ~/.pgpass).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: pixetric branch %1 [--fabric DIR]

%2

  --fabric DIR  the fabric&apos;s folder; without it $PIXETRIC_FABRIC, else
                %3
</source>
        <translation>Aufruf: pixetric branch %1 [--fabric ORDNER]

%2

  --fabric ORDNER  der Ordner der Fabric; ohne Angabe $PIXETRIC_FABRIC, sonst
                   %3
</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Usage: pixetric branch COMMAND [ARGS] [--fabric DIR]

The branches of the local fabric; each is a PostgreSQL cluster of its own with a stable
connection string. Setting the fabric up: pixetric fabric --help.

Commands:
%1
  --fabric DIR  the fabric&apos;s folder; without it $PIXETRIC_FABRIC, else
                %2

&quot;pixetric branch COMMAND --help&quot; describes a command.
Exit status: 0 on success, 1 when the action failed, 2 for a usage error.
</source>
        <translation>Aufruf: pixetric branch BEFEHL [ARGUMENTE] [--fabric ORDNER]

Die Branches der lokalen Fabric; jeder ist ein eigener PostgreSQL-Cluster mit einer stabilen
Verbindungszeichenfolge. Einrichten der Fabric: pixetric fabric --help.

Befehle:
%1
  --fabric ORDNER  der Ordner der Fabric; ohne Angabe $PIXETRIC_FABRIC, sonst
                   %2

&quot;pixetric branch BEFEHL --help&quot; beschreibt einen Befehl.
Exit-Status: 0 bei Erfolg, 1, wenn die Aktion fehlgeschlagen ist, 2 bei einem Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMPUTE</source>
        <translation>COMPUTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PARENT</source>
        <translation>ELTERN-BRANCH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOTES</source>
        <translation>HINWEISE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>pixetric branch: give a command.
</source>
        <translation>pixetric branch: Geben Sie einen Befehl an.
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pixetric branch: unknown command &apos;%1&apos;.
</source>
        <translation>pixetric branch: unbekannter Befehl &apos;%1&apos;.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pixetric branch auto-suspend: SECONDS is a whole number of seconds, 0 for never.</source>
        <translation>pixetric branch auto-suspend: SEKUNDEN ist eine ganze Zahl von Sekunden, 0 für nie.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Created branch %1 from %2.
</source>
        <translation>Branch %1 aus %2 erstellt.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+146"/>
        <location line="+18"/>
        <source>There is no branch %1. See the branches with &quot;pixetric branch list&quot;.</source>
        <translation>Es gibt keinen Branch %1. Die Branches zeigt &quot;pixetric branch list&quot;.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Branch %1 has child branches (%2). Delete them first, or delete them together with --recursive.</source>
        <translation>Branch %1 hat Kind-Branches (%2). Löschen Sie diese zuerst, oder löschen Sie sie mit --recursive gleich mit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Branch %1 is protected. Unprotect it first: pixetric branch unprotect %1</source>
        <translation>Branch %1 ist geschützt. Heben Sie zuerst den Schutz auf: pixetric branch unprotect %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Branch %1 is the default branch. Make another branch the default first: pixetric branch set-default NAME</source>
        <translation>Branch %1 ist der Standard-Branch. Machen Sie zuerst einen anderen Branch zum Standard: pixetric branch set-default NAME</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete branch %1 and the branches below it (%2) with all their data?</source>
        <translation>Branch %1 und die Branches darunter (%2) mit allen Daten löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete branch %1 with all its data?</source>
        <translation>Branch %1 mit allen Daten löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients connected to it are disconnected.</source>
        <translation>Verbundene Clients werden getrennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing deleted.
</source>
        <translation>Nichts gelöscht.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted branch %1 and the branches below it (%2).
</source>
        <translation>Branch %1 und die Branches darunter (%2) gelöscht.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted branch %1.
</source>
        <translation>Branch %1 gelöscht.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reset branch %1 to the current state of %2.
</source>
        <translation>Branch %1 auf den aktuellen Stand von %2 zurückgesetzt.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Renamed branch %1 to %2.
</source>
        <translation>Branch %1 in %2 umbenannt.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Branch %1 is protected.
</source>
        <translation>Branch %1 ist geschützt.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Branch %1 is no longer protected.
</source>
        <translation>Branch %1 ist nicht mehr geschützt.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Branch %1 is the default branch.
</source>
        <translation>Branch %1 ist der Standard-Branch.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The compute of branch %1 is running on port %2.
</source>
        <translation>Der Compute von Branch %1 läuft auf Port %2.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The compute of branch %1 is suspended.
</source>
        <translation>Der Compute von Branch %1 ist angehalten.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The compute of branch %1 is never suspended for idleness.
</source>
        <translation>Der Compute von Branch %1 wird bei Leerlauf nie angehalten.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The compute of branch %1 is suspended after %2 s without activity.
</source>
        <translation>Der Compute von Branch %1 wird nach %2 s ohne Aktivität angehalten.
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>pixetric: note: the compute of branch %1 is %2; start it with &quot;pixetric branch start %1&quot; before connecting.
</source>
        <translation>pixetric: Hinweis: Der Compute von Branch %1 läuft nicht (%2); starten Sie ihn vor dem Verbinden mit &quot;pixetric branch start %1&quot;.
</translation>
    </message>
</context>
<context>
    <name>Pixetric::Cli::DiffCommand</name>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="+60"/>
        <source>  diff FROM TO         the migration that turns database FROM into TO (branches or URIs)
</source>
        <translation>  diff FROM TO         die Migration, die Datenbank FROM in TO überführt (Branches oder URIs)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pixetric diff FROM TO [--format sql|json] [--schema S]... [--exclude-schema S]...
                     [--ignore owners,privileges,comments,whitespace] [--exit-code] [--fabric DIR]

FROM and TO are branch names of the local fabric or postgresql:// URIs. Standard output
holds the migration that turns FROM into TO (--format sql, the default) or the list of
changes (--format json). With --exit-code the exit status is 1 when there are differences.
</source>
        <translation>Aufruf: pixetric diff FROM TO [--format sql|json] [--schema S]... [--exclude-schema S]...
                      [--ignore owners,privileges,comments,whitespace] [--exit-code] [--fabric ORDNER]

FROM und TO sind Branch-Namen der lokalen Fabric oder postgresql://-URIs. Die Standardausgabe
enthält die Migration, die FROM in TO überführt (--format sql, der Standard), oder die Liste
der Änderungen (--format json). Mit --exit-code ist der Exit-Status 1, wenn es Unterschiede gibt.
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>pixetric diff: --format is sql or json, not &apos;%1&apos;.</source>
        <translation>pixetric diff: --format ist sql oder json, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pixetric diff: note: %1 runs PostgreSQL %2 and %3 runs PostgreSQL %4; the servers may spell the same definition differently, and the migration is written for PostgreSQL %2.
</source>
        <translation>pixetric diff: Hinweis: Auf %1 läuft PostgreSQL %2 und auf %3 PostgreSQL %4; die Server können dieselbe Definition unterschiedlich darstellen, und die Migration ist für PostgreSQL %2 geschrieben.
</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>pixetric diff: note: %1
</source>
        <translation>pixetric diff: Hinweis: %1
</translation>
    </message>
</context>
<context>
    <name>Pixetric::Cli::FabricCommand</name>
    <message>
        <location filename="../app/cli/fabriccommand.cpp" line="+52"/>
        <source>  fabric init [--sample | --import CONNINFO]   create the local fabric with its branch main
  fabric status [--json]                       the fabric&apos;s folder, PostgreSQL version and computes
</source>
        <translation>  fabric init [--sample | --import CONNINFO]   die lokale Fabric mit ihrem Branch main anlegen
  fabric status [--json]                       Ordner, PostgreSQL-Version und Computes der Fabric
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: pixetric fabric COMMAND [--fabric DIR] [OPTIONS]

The local fabric: a folder on this computer with one PostgreSQL cluster per branch, run
with the PostgreSQL server programs installed here. Branch commands: pixetric branch --help.

Commands:
  init [--sample | --import CONNINFO [--jobs N]]
                  create the root branch main: an empty database &quot;app&quot;, the sample shop
                  database (--sample), or a copy of an existing database (--import, with
                  N parallel pg_dump/pg_restore jobs, default 2)
  status [--json] the folder, the PostgreSQL version it runs, the number of branches and
                  the running computes

Options:
  --fabric DIR    the fabric&apos;s folder; without it $PIXETRIC_FABRIC, else
                  %1
  --json          JSON instead of text

Exit status: 0 on success, 1 when the action failed, 2 for a usage error.
</source>
        <translation>Aufruf: pixetric fabric BEFEHL [--fabric ORDNER] [OPTIONEN]

Die lokale Fabric: ein Ordner auf diesem Computer mit einem PostgreSQL-Cluster pro Branch,
betrieben mit den hier installierten PostgreSQL-Serverprogrammen.
Branch-Befehle: pixetric branch --help.

Befehle:
  init [--sample | --import CONNINFO [--jobs N]]
                  den Root-Branch main anlegen: eine leere Datenbank &quot;app&quot;, die
                  Beispiel-Shop-Datenbank (--sample) oder eine Kopie einer bestehenden
                  Datenbank (--import, mit N parallelen pg_dump/pg_restore-Jobs, Standard 2)
  status [--json] der Ordner, die verwendete PostgreSQL-Version, die Anzahl der Branches
                  und die laufenden Computes

Optionen:
  --fabric ORDNER der Ordner der Fabric; ohne Angabe $PIXETRIC_FABRIC, sonst
                  %1
  --json          JSON statt Text

Exit-Status: 0 bei Erfolg, 1, wenn die Aktion fehlgeschlagen ist, 2 bei einem Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2 needs a value.</source>
        <translation>%1: %2 braucht einen Wert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown option &apos;%2&apos;.</source>
        <translation>%1: unbekannte Option &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: arguments are missing.</source>
        <translation>%1: Argumente fehlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: too many arguments (&apos;%2&apos; and after).</source>
        <translation>%1: zu viele Argumente (&apos;%2&apos; und folgende).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>y/N</source>
        <extracomment>The letters of the answers, yes first, as the question shows them.</extracomment>
        <translation>j/N</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no fabric in %1 yet. Create one with &quot;pixetric fabric init&quot;, or name another folder with --fabric DIR or $PIXETRIC_FABRIC.</source>
        <translation>In %1 gibt es noch keine Fabric. Legen Sie eine mit &quot;pixetric fabric init&quot; an, oder geben Sie mit --fabric ORDNER oder $PIXETRIC_FABRIC einen anderen Ordner an.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not a connection string libpq accepts: %2</source>
        <translation>%1 ist keine Verbindungszeichenkette, die libpq versteht: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is neither a postgresql:// URI nor a branch of a fabric: %2</source>
        <translation>%1 ist weder eine postgresql://-URI noch ein Zweig eines Fabrics: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no branch %1. See the branches with &quot;pixetric branch list&quot;.</source>
        <translation>Es gibt keinen Zweig %1. Die Zweige zeigt „pixetric branch list“.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>pixetric: warning: could not start the supervisor that suspends idle computes (%1). Suspend computes with &quot;pixetric branch suspend NAME&quot;.
</source>
        <translation>pixetric: Warnung: Der Supervisor, der untätige Computes anhält, konnte nicht gestartet werden (%1). Halten Sie Computes mit &quot;pixetric branch suspend NAME&quot; an.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pixetric fabric: give a command.
</source>
        <translation>pixetric fabric: Geben Sie einen Befehl an.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pixetric fabric: unknown command &apos;%1&apos;.
</source>
        <translation>pixetric fabric: unbekannter Befehl &apos;%1&apos;.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: pixetric fabric init [--sample | --import CONNINFO [--jobs N]] [--fabric DIR]

Creates the fabric&apos;s root branch main with a database &quot;app&quot;: empty, the sample shop
database (--sample), or a copy of the database CONNINFO names (--import; a postgresql://
URI or key=value pairs; N parallel pg_dump/pg_restore jobs, default 2).
Refused when the fabric has branches already.
</source>
        <translation>Aufruf: pixetric fabric init [--sample | --import CONNINFO [--jobs N]] [--fabric ORDNER]

Legt den Root-Branch main der Fabric mit einer Datenbank &quot;app&quot; an: leer, mit der
Beispiel-Shop-Datenbank (--sample) oder als Kopie der Datenbank, die CONNINFO angibt (--import;
eine postgresql://-URI oder key=value-Paare; N parallele pg_dump/pg_restore-Jobs, Standard 2).
Wird abgelehnt, wenn die Fabric bereits Branches hat.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pixetric fabric init: choose --sample or --import, not both.</source>
        <translation>pixetric fabric init: Wählen Sie --sample oder --import, nicht beides.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pixetric fabric init: --jobs takes a number from 1 to 64.</source>
        <translation>pixetric fabric init: --jobs erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fabric in %1 is set up already. See its branches with &quot;pixetric branch list&quot;, or name another folder with --fabric DIR.</source>
        <translation>Die Fabric in %1 ist bereits eingerichtet. Ihre Branches zeigt &quot;pixetric branch list&quot;; einen anderen Ordner geben Sie mit --fabric ORDNER an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Created the fabric in %1 with the branch %2 (PostgreSQL %3).
Its connection string: pixetric branch connstr %2
</source>
        <translation>Fabric in %1 mit dem Branch %2 angelegt (PostgreSQL %3).
Verbindungszeichenfolge des Branches: pixetric branch connstr %2
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: pixetric fabric status [--json] [--fabric DIR]

Shows the fabric&apos;s folder, the PostgreSQL version it runs, its number of branches and
the computes running now. Creates nothing when the folder holds no fabric yet.
</source>
        <translation>Aufruf: pixetric fabric status [--json] [--fabric ORDNER]

Zeigt den Ordner der Fabric, die verwendete PostgreSQL-Version, die Anzahl ihrer Branches und
die gerade laufenden Computes. Legt nichts an, wenn der Ordner noch keine Fabric enthält.
</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Fabric:      %1
</source>
        <translation>Fabric:      %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL:  %1 (%2)
</source>
        <translation>PostgreSQL:  %1 (%2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL:  not found. %1
</source>
        <translation>PostgreSQL:  nicht gefunden. %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branches:    none yet; create the fabric with &quot;pixetric fabric init&quot;
</source>
        <translation>Branches:    noch keine; legen Sie die Fabric mit &quot;pixetric fabric init&quot; an
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branches:    %1 (default: %2)
</source>
        <translation>Branches:    %1 (Standard: %2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running:     no compute
</source>
        <translation>Laufend:     kein Compute
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running:     %1 (%2)
</source>
        <translation>Laufend:     %1 (%2)
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: pixetric fabric supervise [--interval-ms N] [--fabric DIR]

Suspends idle computes every N milliseconds (default 10000) while any compute runs, and
ends when none has run for one interval. One per fabric; the branch commands start it.
</source>
        <translation>Aufruf: pixetric fabric supervise [--interval-ms N] [--fabric ORDNER]

Hält alle N Millisekunden (Standard 10000) untätige Computes an, solange irgendein Compute läuft,
und endet, wenn ein Intervall lang keiner gelaufen ist. Pro Fabric läuft nur ein Supervisor;
die Branch-Befehle starten ihn.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pixetric fabric supervise: --interval-ms takes a number of at least 10.</source>
        <translation>pixetric fabric supervise: --interval-ms erwartet eine Zahl von mindestens 10.</translation>
    </message>
</context>
<context>
    <name>Pixetric::Cli::MigrateCommand</name>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="+45"/>
        <location line="+440"/>
        <source>The fabric has no default branch; name one with --target BRANCH.</source>
        <translation>Das Fabric hat keinen Standardzweig; nennen Sie einen mit --target ZWEIG.</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>  migrate status       migrations of a folder and their state on a branch
  migrate lint         checks migrations for locks, rewrites and data loss before they run
  migrate rehearse     runs pending migrations on a new preview branch and reports
  migrate promote      applies a rehearsed preview&apos;s migrations to its target
  migrate discard      removes a preview branch
  migrate undo         reverts the last promote into a branch, within a day
</source>
        <translation>  migrate status       die Migrationen eines Ordners und ihr Zustand auf einem Branch
  migrate lint         Migrationen vor dem Lauf auf Sperren, Neuschreiben und Datenverlust prüfen
  migrate rehearse     ausstehende Migrationen auf einem neuen Vorschau-Branch ausführen, mit Bericht
  migrate promote      die geprobten Migrationen einer Vorschau auf ihr Ziel anwenden
  migrate discard      einen Vorschau-Branch entfernen
  migrate undo         die letzte Übertragung auf einen Branch rückgängig machen (binnen eines Tages)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: pixetric migrate status --dir DIR [--target BRANCH|URI] [--json] [--fabric DIR]
       pixetric migrate lint --dir DIR [--target BRANCH|URI | --server-version N] [--lock-timeout MS]
                            [--statement-timeout MS] [--json] [--fabric DIR]
       pixetric migrate lint --rules
       pixetric migrate rehearse --dir DIR [--target BRANCH] [--preview NAME] [--lock-timeout MS]
                                [--statement-timeout MS] [--json] [--fabric DIR]
       pixetric migrate promote PREVIEW [--confirm TARGET] [--no-fast-forward] [--json] [--fabric DIR]
       pixetric migrate discard PREVIEW [--fabric DIR]
       pixetric migrate undo [--target BRANCH] [--accept-data-loss] [--confirm TARGET] [--window-hours N]
                             [--json] [--fabric DIR]

lint reads the migrations with PostgreSQL&apos;s grammar and says, for each statement that can hurt a
live database, which lock it takes, whether it rewrites the table, what data it loses and what to
do instead. With --target it checks the migrations pending there, for that server&apos;s version;
otherwise every file, for --server-version (default 17). --lock-timeout and --statement-timeout
say that the runner will set them. A comment &quot;-- pixetric-lint: ignore RULE&quot; before a statement
silences RULE for it; --rules lists the rules. Exit status: 0 no danger found, 3 dangers found,
1 the folder or the target could not be read.

rehearse makes a preview branch of the target, runs the pending migrations on it and reports
their timings, the locks they held, the tables they rewrote, the schema changes and a go or
no-go; standard output holds the preview&apos;s name (the report goes to standard error), or with
--json the whole report. Its exit status is 0 for a go and 1 otherwise.

promote checks the target against the preview&apos;s fork point first: unchanged, the migrations
are applied to it in one transaction; changed apart from the preview, the preview is rebased
and rehearsed again first; changed in a clashing way, nothing is touched and the conflicts are
printed. When neither the target nor the preview had writes since the rehearsal, promote is a
fast-forward: the preview&apos;s data takes the target&apos;s place behind the target&apos;s own port, and the
old data stays as the branch TARGET-backup-TIME (--no-fast-forward applies the migrations instead).
A protected target needs --confirm with its name. Exit status: 0 promoted, 4 conflict,
1 other failures.

undo reverts the last promote into the target (the default branch unless --target names one)
if it is younger than --window-hours (24): a fast-forward is swapped back, applied migrations are
reverted with the down parts kept in the history, newest first, or with a reverse migration
generated from the target&apos;s schema back to the fork point&apos;s. When that loses data (writes to the
target since a fast-forward, columns or tables the reverse drops) nothing is touched unless
--accept-data-loss is given; the report lists what is lost. Exit status: 0 undone, 1 otherwise.

DIR holds migrations named NNNN_name.sql (a &quot;-- down&quot; line starts the down part), Flyway&apos;s
V&lt;version&gt;__&lt;description&gt;.sql, dbmate&apos;s &lt;version&gt;_&lt;name&gt;.sql (&quot;-- migrate:up&quot;, &quot;-- migrate:down&quot;)
or golang-migrate&apos;s &lt;version&gt;_&lt;name&gt;.up.sql. The target is the fabric&apos;s default branch unless
--target names another branch or a postgresql:// URI. The exit status is 1 when the history
disagrees with the folder (a file edited after it was applied, or missing) or a migration failed.
</source>
        <translation>Aufruf: pixetric migrate status --dir ORDNER [--target BRANCH|URI] [--json] [--fabric ORDNER]
        pixetric migrate lint --dir ORDNER [--target BRANCH|URI | --server-version N] [--lock-timeout MS]
                             [--statement-timeout MS] [--json] [--fabric ORDNER]
        pixetric migrate lint --rules
        pixetric migrate rehearse --dir ORDNER [--target BRANCH] [--preview NAME] [--lock-timeout MS]
                                 [--statement-timeout MS] [--json] [--fabric ORDNER]
        pixetric migrate promote VORSCHAU [--confirm ZIEL] [--no-fast-forward] [--json] [--fabric ORDNER]
        pixetric migrate discard VORSCHAU [--fabric ORDNER]
        pixetric migrate undo [--target BRANCH] [--accept-data-loss] [--confirm ZIEL] [--window-hours N]
                              [--json] [--fabric ORDNER]

lint liest die Migrationen mit der Grammatik von PostgreSQL und nennt für jede Anweisung, die einer
laufenden Datenbank schaden kann, welche Sperre sie nimmt, ob sie die Tabelle neu schreibt, welche
Daten sie vernichtet und was stattdessen zu tun ist. Mit --target prüft es die dort ausstehenden
Migrationen für die Version dieses Servers, sonst jede Datei für --server-version (Standard 17).
--lock-timeout und --statement-timeout geben an, dass der Migrationslauf diese Zeitlimits setzen
wird. Ein Kommentar &quot;-- pixetric-lint: ignore RULE&quot; vor einer Anweisung unterdrückt RULE für sie;
--rules listet die Regeln auf. Exit-Status: 0 keine Gefahr gefunden, 3 Gefahren gefunden, 1 der
Ordner oder das Ziel konnte nicht gelesen werden.

rehearse legt einen Vorschau-Branch des Ziels an, führt die ausstehenden Migrationen darauf aus und
meldet ihre Laufzeiten, die gehaltenen Sperren, die neu geschriebenen Tabellen, die
Schemaänderungen und ein Go oder No-Go; die Standardausgabe enthält den Namen der Vorschau (der
Bericht geht auf die Standardfehlerausgabe), mit --json den ganzen Bericht. Der Exit-Status ist 0
bei Go, sonst 1.

promote vergleicht das Ziel zuerst mit dem Abzweigpunkt der Vorschau: Ist es unverändert, werden
die Migrationen in einer Transaktion darauf angewandt; hat es sich abseits der Vorschau geändert,
wird die Vorschau zuerst neu aufgesetzt und erneut geprobt; hat es sich im Widerspruch zu ihr
geändert, wird nichts angefasst, und die Konflikte werden ausgegeben. Wurde seit der Probe weder
auf das Ziel noch auf die Vorschau geschrieben, ist promote ein Fast-Forward: Die Daten der Vorschau
treten hinter dem eigenen Port des Ziels an die Stelle seiner Daten, und die alten Daten bleiben als
Branch ZIEL-backup-ZEIT erhalten (--no-fast-forward wendet stattdessen die Migrationen an).
Ein geschütztes Ziel braucht --confirm mit seinem Namen. Exit-Status: 0 übertragen, 4 Konflikt,
1 andere Fehler.

undo macht die letzte Übertragung auf das Ziel (den Standard-Branch, sofern --target keinen anderen
nennt) rückgängig, wenn sie jünger ist als --window-hours (24): Ein Fast-Forward wird
zurückgetauscht, angewandte Migrationen werden mit den in der Historie gespeicherten Rückwegen
zurückgenommen, die neueste zuerst, oder mit einer Umkehrmigration, die vom Schema des Ziels zurück
zu dem des Abzweigpunkts erzeugt wird. Gehen dabei Daten verloren (Schreibzugriffe auf das Ziel
seit einem Fast-Forward, Spalten oder Tabellen, die die Umkehrung löscht), wird nichts angefasst,
sofern nicht --accept-data-loss angegeben ist; der Bericht listet auf, was verloren geht.
Exit-Status: 0 rückgängig gemacht, sonst 1.

ORDNER enthält Migrationen namens NNNN_name.sql (eine Zeile &quot;-- down&quot; beginnt den Rückweg),
V&lt;version&gt;__&lt;description&gt;.sql von Flyway, &lt;version&gt;_&lt;name&gt;.sql von dbmate (&quot;-- migrate:up&quot;,
&quot;-- migrate:down&quot;) oder &lt;version&gt;_&lt;name&gt;.up.sql von golang-migrate. Das Ziel ist der Standard-Branch
der Fabric, sofern --target keinen anderen Branch oder eine postgresql://-URI nennt. Der Exit-Status
ist 1, wenn die Historie nicht zum Ordner passt (eine Datei wurde nach dem Anwenden geändert oder
fehlt) oder eine Migration fehlgeschlagen ist.
</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>pixetric migrate: which subcommand?</source>
        <translation>pixetric migrate: welcher Unterbefehl?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pixetric migrate: unknown subcommand &apos;%1&apos;.</source>
        <translation>pixetric migrate: unbekannter Unterbefehl „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pixetric migrate status: --dir DIR names the migration folder.</source>
        <translation>pixetric migrate status: --dir ORDNER nennt den Migrationsordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Migrations in %1 on %2:
</source>
        <translation>Migrationen in %1 auf %2:
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2 ms</source>
        <translation>%1, %2 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  (no migrations)
</source>
        <translation>  (keine Migrationen)
</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+56"/>
        <location line="+73"/>
        <location line="+52"/>
        <source>pixetric migrate: %1
</source>
        <translation>pixetric migrate: %1
</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>pixetric migrate %1: %2 takes milliseconds, not &apos;%3&apos;.</source>
        <translation>pixetric migrate %1: %2 erwartet Millisekunden, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>pixetric migrate lint: --dir DIR names the migration folder.</source>
        <translation>pixetric migrate lint: --dir ORDNER nennt den Migrationsordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pixetric migrate lint: --server-version is the target&apos;s own when --target is given; give one of them.</source>
        <translation>pixetric migrate lint: Mit --target gilt die Serverversion des Ziels; geben Sie nur --target oder --server-version an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pixetric migrate lint: --server-version takes a PostgreSQL version such as 15 or 9.6, not &apos;%1&apos;.</source>
        <translation>pixetric migrate lint: --server-version erwartet eine PostgreSQL-Version wie 15 oder 9.6, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>every migration of %1</source>
        <translation>aller Migrationen in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot connect to %1: %2 (without --target, the folder is checked with no database).</source>
        <translation>Keine Verbindung zu %1: %2 (ohne --target wird der Ordner ohne Datenbank geprüft).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the migrations pending on %1</source>
        <translation>der auf %1 ausstehenden Migrationen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lint of %1, for PostgreSQL %2:

</source>
        <translation>Lint-Prüfung %1 für PostgreSQL %2:

</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>pixetric migrate rehearse: --dir DIR names the migration folder.</source>
        <translation>pixetric migrate rehearse: --dir ORDNER nennt den Migrationsordner.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>pixetric migrate undo: --window-hours takes a number of hours, not &apos;%1&apos;.</source>
        <translation>pixetric migrate undo: --window-hours erwartet eine Anzahl Stunden, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pixetric migrate undo: the target is a branch of the fabric that a preview was promoted into.</source>
        <translation>pixetric migrate undo: Das Ziel ist ein Branch der Fabric, auf den eine Vorschau übertragen wurde.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>pixetric migrate: %1</source>
        <translation>pixetric migrate: %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>pixetric migrate rehearse: the target is a branch of the fabric: a preview branch is made of it.</source>
        <translation>pixetric migrate rehearse: Das Ziel ist ein Zweig des Fabrics: Von ihm wird ein Vorschauzweig angelegt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Discarded the preview %1.
</source>
        <translation>Vorschau %1 verworfen.
</translation>
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
    <name>Pixetric::ConflictView</name>
    <message>
        <location filename="../ui/conflictview.cpp" line="+47"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preview only</source>
        <translation>nur Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target only</source>
        <translation>nur Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same change on both</source>
        <translation>auf beiden gleich geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both, apart</source>
        <translation>beide, ohne Überschneidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONFLICT</source>
        <translation>KONFLIKT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the promote found clashing, as it reported it</source>
        <translation>Was die Übertragung als widersprüchlich gemeldet hat, in ihrem Wortlaut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fork point → preview</source>
        <translation>Abzweigpunkt → Vorschau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fork point → target</source>
        <translation>Abzweigpunkt → Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+167"/>
        <source>Fork point</source>
        <translation>Abzweigpunkt</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No conflict: a promote that finds the target changed in a clashing way shows here what clashes.</source>
        <translation>Kein Konflikt: Stellt eine Übertragung fest, dass sich das Ziel im Widerspruch zur Vorschau geändert hat, zeigt sie hier, was kollidiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bring the migrations in line with what “%1” has now (edit them, or add one that builds on its change), then rehearse again; or discard the preview %2.</source>
        <translation>Bringen Sie die Migrationen mit dem jetzigen Stand von „%1“ in Einklang (ändern Sie sie oder fügen Sie eine hinzu, die auf dessen Änderung aufbaut), und proben Sie dann erneut; oder verwerfen Sie die Vorschau %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The schemas of the fork point, the preview and “%1” show no object changed on either side: the clash is in the migration history.</source>
        <translation>Die Schemas von Abzweigpunkt, Vorschau und „%1“ zeigen auf keiner Seite ein geändertes Objekt: Der Widerspruch liegt in der Migrationshistorie.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Three-way comparison of the fork point, the preview %1 and the target %2: %n object(s) changed on either side, %3 in conflict.</source>
        <translation>
            <numerusform>Dreiwegevergleich von Abzweigpunkt, Vorschau %1 und Ziel %2: %n Objekt auf einer der Seiten geändert, %3 im Konflikt.</numerusform>
            <numerusform>Dreiwegevergleich von Abzweigpunkt, Vorschau %1 und Ziel %2: %n Objekte auf einer der Seiten geändert, %3 davon im Konflikt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Preview %1</source>
        <translation>Vorschau %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the object)</source>
        <translation>(das Objekt)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>-- %1 is not there</source>
        <comment>the object is absent on that side</comment>
        <translation>-- %1 fehlt hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-- no statement of its own: it comes with the object it belongs to</source>
        <translation>-- keine eigene Anweisung: wird mit dem übergeordneten Objekt angelegt</translation>
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
    <name>Pixetric::CreateBranchDialog</name>
    <message>
        <location filename="../ui/createbranchdialog.cpp" line="+24"/>
        <source>New Branch</source>
        <translation>Neuer Branch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new branch starts as an instant copy of its parent&apos;s current data, with a compute of its own. Changes on either side stay apart.</source>
        <translation>Der neue Branch beginnt als sofortige Kopie der aktuellen Daten seines Eltern-Branches, mit einem eigenen Compute. Änderungen auf beiden Seiten bleiben voneinander getrennt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>letters, digits, “-”, “_” and “.”</source>
        <translation>Buchstaben, Ziffern, „-“, „_“ und „.“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Parent:</source>
        <translation>&amp;Eltern-Branch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create Branch</source>
        <translation>Branch erstellen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The fabric is gone; close this dialog.</source>
        <translation>Die Fabric ist nicht mehr verfügbar; schließen Sie diesen Dialog.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no ready branch to start from. Wait until a branch is ready.</source>
        <translation>Es gibt keinen bereiten Branch als Ausgangspunkt. Warten Sie, bis ein Branch bereit ist.</translation>
    </message>
</context>
<context>
    <name>Pixetric::DdlWriter</name>
    <message>
        <location filename="../models/schema/ddlalter.cpp" line="+60"/>
        <source>labels were removed or reordered, which ALTER TYPE cannot do</source>
        <translation>Enum-Labels wurden entfernt oder umsortiert, was mit ALTER TYPE nicht möglich ist</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a domain&apos;s base type or collation cannot be changed in place</source>
        <translation>Basistyp und Sortierfolge einer Domäne lassen sich nicht direkt ändern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>checks every column of this domain&apos;s type</source>
        <translation>prüft jede Spalte, die den Typ dieser Domäne hat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an attribute&apos;s type changes while a column uses the type, which ALTER TYPE refuses</source>
        <translation>der Typ eines Attributs ändert sich, während eine Spalte den Typ verwendet, was ALTER TYPE ablehnt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 changed, which ALTER TYPE cannot do</source>
        <translation>%1 hat sich geändert, was mit ALTER TYPE nicht möglich ist</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>moves the sequence&apos;s value into its new bounds when it lies outside them</source>
        <translation>verschiebt den Wert der Sequenz in ihre neuen Grenzen, falls er außerhalb liegt</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>its arguments or result type changed, which CREATE OR REPLACE cannot do</source>
        <translation>Argumente oder Ergebnistyp haben sich geändert, was mit CREATE OR REPLACE nicht möglich ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an index is changed by dropping and creating it</source>
        <translation>ein Index wird geändert, indem er gelöscht und neu erstellt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed, which no ALTER statement changes</source>
        <translation>%1 hat sich geändert, und das lässt sich mit keiner ALTER-Anweisung ändern</translation>
    </message>
    <message>
        <location filename="../models/schema/ddlsupport.cpp" line="+298"/>
        <source>SHARE ROW EXCLUSIVE lock on %1 and the referenced table; NOT VALID: existing rows are not checked</source>
        <translation>Sperre SHARE ROW EXCLUSIVE auf %1 und der referenzierten Tabelle; NOT VALID: vorhandene Zeilen werden nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHARE ROW EXCLUSIVE lock on %1 and the referenced table while every row is checked (ADD … NOT VALID, then VALIDATE CONSTRAINT, avoids the long lock)</source>
        <translation>Sperre SHARE ROW EXCLUSIVE auf %1 und der referenzierten Tabelle, während jede Zeile geprüft wird (ADD … NOT VALID, danach VALIDATE CONSTRAINT, vermeidet die lange Sperre)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock on %1; NOT VALID: existing rows are not checked</source>
        <translation>Sperre ACCESS EXCLUSIVE auf %1; NOT VALID: vorhandene Zeilen werden nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACCESS EXCLUSIVE lock on %1 while every row is checked (ADD … NOT VALID, then VALIDATE CONSTRAINT, avoids the long lock)</source>
        <translation>Sperre ACCESS EXCLUSIVE auf %1, während jede Zeile geprüft wird (ADD … NOT VALID, danach VALIDATE CONSTRAINT, vermeidet die lange Sperre)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE lock on %1 while its index is built (CREATE UNIQUE INDEX CONCURRENTLY first, then ADD … USING INDEX, avoids it)</source>
        <translation>Sperre ACCESS EXCLUSIVE auf %1, während der zugehörige Index aufgebaut wird (erst CREATE UNIQUE INDEX CONCURRENTLY, dann ADD … USING INDEX, vermeidet das)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/schema/ddltables.cpp" line="+325"/>
        <location filename="../models/schema/ddlwriter.cpp" line="+322"/>
        <location line="+6"/>
        <location line="+25"/>
        <location line="+179"/>
        <source>ACCESS EXCLUSIVE lock on %1</source>
        <translation>Sperre ACCESS EXCLUSIVE auf %1</translation>
    </message>
    <message>
        <location filename="../models/schema/ddltables.cpp" line="-92"/>
        <source>runs the query and stores its rows</source>
        <translation>führt die Abfrage aus und speichert ihre Zeilen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>SHARE lock on %1: writes wait while the index is built (CREATE INDEX CONCURRENTLY, outside a transaction, avoids it)</source>
        <translation>Sperre SHARE auf %1: Schreibzugriffe warten, während der Index aufgebaut wird (CREATE INDEX CONCURRENTLY außerhalb einer Transaktion vermeidet das)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 changed: the table must be made anew, and its rows are lost</source>
        <translation>%1 hat sich geändert: Die Tabelle muss neu angelegt werden, und ihre Zeilen gehen verloren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ACCESS EXCLUSIVE lock; rewrites the table</source>
        <translation>Sperre ACCESS EXCLUSIVE; schreibt die Tabelle neu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>scans the table to check its rows fit the bound, unless a CHECK constraint proves it</source>
        <translation>liest die ganze Tabelle, um zu prüfen, ob ihre Zeilen in die Partitionsgrenzen passen, sofern kein CHECK-Constraint das bereits belegt</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the generation expression changed: the column is dropped and added again</source>
        <translation>der Generierungsausdruck hat sich geändert: Die Spalte wird gelöscht und neu hinzugefügt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ACCESS EXCLUSIVE lock on %1; no rewrite (the stored form stays), indexes on the column may be rebuilt</source>
        <translation>Sperre ACCESS EXCLUSIVE auf %1; kein Neuschreiben (die gespeicherte Form bleibt), Indizes auf der Spalte werden eventuell neu aufgebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACCESS EXCLUSIVE lock on %1; rewrites the table and its indexes; fails if a value does not convert</source>
        <translation>Sperre ACCESS EXCLUSIVE auf %1; schreibt die Tabelle und ihre Indizes neu; schlägt fehl, wenn sich ein Wert nicht umwandeln lässt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>ACCESS EXCLUSIVE lock on %1 while every row is checked (a valid CHECK (… IS NOT NULL) constraint lets it skip the scan)</source>
        <translation>Sperre ACCESS EXCLUSIVE auf %1, während jede Zeile geprüft wird (ein gültiger Constraint CHECK (… IS NOT NULL) erspart das Durchsuchen der Tabelle)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>SHARE UPDATE EXCLUSIVE lock on %1 while every row is checked; writes go on</source>
        <translation>Sperre SHARE UPDATE EXCLUSIVE auf %1, während jede Zeile geprüft wird; Schreibzugriffe laufen weiter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a constraint is changed by dropping and adding it</source>
        <translation>ein Constraint wird geändert, indem er gelöscht und neu hinzugefügt wird</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a materialized view&apos;s query changed: it is made anew and filled again</source>
        <translation>die Abfrage einer materialisierten Sicht hat sich geändert: Sie wird neu angelegt und neu befüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the view&apos;s columns changed in a way CREATE OR REPLACE VIEW cannot follow</source>
        <translation>die Spalten der Sicht haben sich auf eine Weise geändert, die CREATE OR REPLACE VIEW nicht umsetzen kann</translation>
    </message>
    <message>
        <location filename="../models/schema/ddlwriter.cpp" line="-215"/>
        <source>ACCESS EXCLUSIVE lock on %1; the column&apos;s data is lost (no rewrite)</source>
        <translation>Sperre ACCESS EXCLUSIVE auf %1; die Daten der Spalte gehen verloren (kein Neuschreiben)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ACCESS EXCLUSIVE lock; every row of the table is lost</source>
        <translation>Sperre ACCESS EXCLUSIVE; alle Zeilen der Tabelle gehen verloren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ACCESS EXCLUSIVE lock; the stored rows are gone until it is created and filled again</source>
        <translation>Sperre ACCESS EXCLUSIVE; die gespeicherten Zeilen fehlen, bis die Sicht neu angelegt und befüllt ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the sequence&apos;s current value is lost</source>
        <translation>der aktuelle Wert der Sequenz geht verloren</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>passwords are never read from the source: set them with ALTER USER MAPPING</source>
        <translation>Passwörter werden nie aus der Quelle gelesen: Setzen Sie sie mit ALTER USER MAPPING</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>a volatile default rewrites the table</source>
        <translation>ein volatiler Standardwert führt zum Neuschreiben der Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a stored generated column rewrites the table</source>
        <translation>eine gespeicherte generierte Spalte führt zum Neuschreiben der Tabelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT NULL without a default fails when the table has rows</source>
        <translation>NOT NULL ohne Standardwert schlägt fehl, wenn die Tabelle Zeilen enthält</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SHARE ROW EXCLUSIVE lock on %1</source>
        <translation>Sperre SHARE ROW EXCLUSIVE auf %1</translation>
    </message>
</context>
<context>
    <name>Pixetric::DiffOptions</name>
    <message>
        <location filename="../models/schema/schemadiff.cpp" line="+43"/>
        <source>Unknown item &quot;%1&quot; to ignore: use owners, privileges, comments or whitespace.</source>
        <translation>Unbekannter Eintrag &quot;%1&quot; zum Ignorieren: Verwenden Sie owners, privileges, comments oder whitespace.</translation>
    </message>
</context>
<context>
    <name>Pixetric::DiscardBranchDialog</name>
    <message>
        <location filename="../ui/discardbranchdialog.cpp" line="+24"/>
        <source>Discard Branch</source>
        <translation>Branch verwerfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard the branch “%1”? Its compute stops and its data is deleted. This cannot be undone.</source>
        <translation>Den Branch „%1“ verwerfen? Sein Compute wird gestoppt und seine Daten werden gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>“%1” has %n branch(es) below it. Discarding it discards them too: their computes stop and all their data is deleted. This cannot be undone.</source>
        <translation>
            <numerusform>„%1“ hat %n Branch unter sich. Wird er verworfen, wird dieser ebenfalls verworfen: Sein Compute wird gestoppt und alle seine Daten werden gelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>„%1“ hat %n Branches unter sich. Wird er verworfen, werden diese ebenfalls verworfen: Ihre Computes werden gestoppt und alle ihre Daten werden gelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is protected; discarding it removes the protection first.</source>
        <translation>Er ist geschützt; beim Verwerfen wird zuerst der Schutz aufgehoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The protection of %1 is removed first.</source>
        <translation>Der Schutz von %1 wird zuerst aufgehoben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard All</source>
        <translation>Alle verwerfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
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
        <location line="+63"/>
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
    <name>Pixetric::Fabric</name>
    <message>
        <location filename="../models/fabric/fabrictypes.cpp" line="+81"/>
        <source>creating</source>
        <translation>wird erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resetting</source>
        <translation>wird zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+13"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>suspended</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping</source>
        <translation>stoppt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
</context>
<context>
    <name>Pixetric::FabricRegistry</name>
    <message>
        <location filename="../models/fabric/fabricregistry.cpp" line="+86"/>
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
        <location line="+13"/>
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
        <location line="+104"/>
        <source>A branch called “%1” exists already (names are compared without case). Choose another name.</source>
        <translation>Ein Branch namens „%1“ existiert bereits (Groß- und Kleinschreibung zählt nicht). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="-102"/>
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
        <location line="+45"/>
        <source>Cannot save the setting %1 in %2: %3.</source>
        <translation>Die Einstellung %1 kann nicht in %2 gespeichert werden: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the fabric registry %1: %2.</source>
        <translation>Die Fabric-Registrierung %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot update the fabric registry %1: %2. Check the free space and permissions of its folder.</source>
        <translation>Die Fabric-Registrierung %1 kann nicht aktualisiert werden: %2. Prüfen Sie den freien Platz und die Rechte ihres Ordners.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Cannot update the fabric registry %1: %2.</source>
        <translation>Die Fabric-Registrierung %1 kann nicht aktualisiert werden: %2.</translation>
    </message>
</context>
<context>
    <name>Pixetric::FileCloner</name>
    <message>
        <location filename="../models/fabric/filecloner.cpp" line="+63"/>
        <source>The disk holding %1 is full: it has no room for more files, though %2 MB are free. Remove files there or choose a folder on another disk.</source>
        <translation>Der Datenträger mit %1 ist voll: Er bietet keinen Platz für weitere Dateien, obwohl %2 MB frei sind. Entfernen Sie dort Dateien oder wählen Sie einen Ordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding %1 is full (%2 MB free, the copy needs about %3 MB). Free some space or choose a folder on another disk.</source>
        <translation>Der Datenträger mit %1 ist voll (%2 MB frei, die Kopie braucht etwa %3 MB). Geben Sie Speicherplatz frei oder wählen Sie einen Ordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy to %1 was cancelled; what was copied so far has been removed.</source>
        <translation>Das Kopieren nach %1 wurde abgebrochen; das bisher Kopierte wurde entfernt.</translation>
    </message>
    <message>
        <location line="+389"/>
        <source>Both the folder to copy and where to copy it to must be given.</source>
        <translation>Sowohl der zu kopierende Ordner als auch das Ziel der Kopie müssen angegeben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be copied into itself (%2).</source>
        <translation>%1 kann nicht in sich selbst kopiert werden (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+114"/>
        <source>%1 already exists. Choose a new folder for the copy, or remove that one first.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Ordner für die Kopie, oder entfernen Sie den vorhandenen zuerst.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Could not create the folder %1. Check the permissions of the folder above it.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie die Rechte des übergeordneten Ordners.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not copy %1 to %2: %3 (%4).</source>
        <translation>%1 konnte nicht nach %2 kopiert werden: %3 (%4).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refusing to remove “%1”.</source>
        <translation>Das Entfernen von „%1“ wird verweigert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not remove %1: %2.</source>
        <translation>%1 konnte nicht entfernt werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not remove %1: another file system is mounted at %2. Unmount it first.</source>
        <translation>%1 konnte nicht entfernt werden: Unter %2 ist ein anderes Dateisystem eingehängt. Hängen Sie es zuerst aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not remove %1: %2 (%3).</source>
        <translation>%1 konnte nicht entfernt werden: %2 (%3).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Could not copy the link %1.</source>
        <translation>Der Link %1 konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not copy %1: %2.</source>
        <translation>%1 konnte nicht kopiert werden: %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
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
        <location filename="../ui/historypanel.cpp" line="+60"/>
        <source>Search statements, connections and databases</source>
        <translation>Anweisungen, Verbindungen und Datenbanken durchsuchen</translation>
    </message>
    <message>
        <location line="+38"/>
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
    <name>Pixetric::LocalFabric</name>
    <message>
        <location filename="../models/fabric/localfabric.cpp" line="+40"/>
        <source>Local fabric — %1</source>
        <translation>Lokale Fabric – %1</translation>
    </message>
</context>
<context>
    <name>Pixetric::LocalFabricEngine</name>
    <message>
        <location line="+55"/>
        <location filename="../models/fabric/localfabricbranching.cpp" line="+577"/>
        <location filename="../models/fabric/localfabricengine.cpp" line="+353"/>
        <location line="+163"/>
        <source>A branch called “%1” exists already (names are compared without case). Choose another name.</source>
        <translation>Ein Branch namens „%1“ existiert bereits (Groß- und Kleinschreibung zählt nicht). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../models/fabric/localfabricbranching.cpp" line="-509"/>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create %1. Check the permissions and free space of the fabric&apos;s folder.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie die Rechte und den freien Platz im Ordner der Fabric.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the socket folder %1.</source>
        <translation>Der Socket-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>recovering “%1”, whose compute stopped unexpectedly</source>
        <translation>„%1“ wird wiederhergestellt (sein Compute wurde unerwartet beendet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent “%1” crashed and could not be recovered: %2</source>
        <translation>Der Eltern-Branch „%1“ ist abgestürzt und konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cloning files</source>
        <translation>Dateien werden geklont</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>taking a base backup of “%1”</source>
        <translation>Base Backup von „%1“ wird erstellt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>starting backup mode on “%1”</source>
        <translation>Backup-Modus auf „%1“ wird gestartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to the parent “%1”: %2</source>
        <translation>Keine Verbindung zum Eltern-Branch „%1“ möglich: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The parent “%1” refused backup mode: %2</source>
        <translation>Der Eltern-Branch „%1“ hat den Backup-Modus abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup mode on the parent “%1” could not be ended: %2</source>
        <translation>Der Backup-Modus auf dem Eltern-Branch „%1“ konnte nicht beendet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>adding the write-ahead log</source>
        <translation>Write-Ahead-Log wird hinzugefügt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot move the write-ahead log into %1.</source>
        <translation>Das Write-Ahead-Log kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The fabric in %1 has a root branch already.</source>
        <translation>Die Fabric in %1 hat bereits einen Root-Branch.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The connection string to import from cannot be read: %1</source>
        <translation>Die Verbindungszeichenfolge für den Import kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>No free TCP port was found for the branch. Close programs that hold many ports and try again.</source>
        <translation>Für den Branch wurde kein freier TCP-Port gefunden. Schließen Sie Programme, die viele Ports belegen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>creating the cluster</source>
        <translation>Cluster wird angelegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+142"/>
        <location line="+69"/>
        <location filename="../models/fabric/localfabricengine.cpp" line="+58"/>
        <source>starting the compute</source>
        <translation>Compute wird gestartet</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Cannot connect to the new branch: %1</source>
        <translation>Keine Verbindung zum neuen Branch möglich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the database “%1”: %2</source>
        <translation>Die Datenbank „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loading the sample database</source>
        <translation>Beispieldatenbank wird geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sample database is missing from this build of Pixetric Studio.</source>
        <translation>Die Beispieldatenbank fehlt in diesem Build von Pixetric Studio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dumping %1</source>
        <translation>Dump von %1 wird erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create a folder for the dump in %1.</source>
        <translation>In %1 kann kein Ordner für den Dump angelegt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>restoring into main</source>
        <translation>Daten werden in main eingespielt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The fabric has no default branch to branch from. Name the parent.</source>
        <translation>Die Fabric hat keinen Standard-Branch, von dem abgezweigt werden kann. Geben Sie den Eltern-Branch an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The parent “%1” is %2; branch from it once it is ready.</source>
        <translation>Der Eltern-Branch „%1“ ist nicht bereit (%2); legen Sie den Branch an, sobald er bereit ist.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>“%1” is a root branch: it has no parent to reset to.</source>
        <translation>„%1“ ist ein Root-Branch: Er hat keinen Eltern-Branch, auf den er zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is protected. Unprotect it first if you really want to replace its data.</source>
        <translation>„%1“ ist geschützt. Heben Sie zuerst den Schutz auf, wenn Sie seine Daten wirklich ersetzen wollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is %2; reset it once it is ready.</source>
        <translation>„%1“ ist nicht bereit (%2); setzen Sie ihn zurück, sobald er bereit ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent “%1” is not ready.</source>
        <translation>Der Eltern-Branch „%1“ ist nicht bereit.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stopping the compute</source>
        <translation>Compute wird gestoppt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot swap the data folders of “%1”. Check the fabric folder&apos;s permissions.</source>
        <translation>Die Datenordner von „%1“ können nicht getauscht werden. Prüfen Sie die Rechte des Fabric-Ordners.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removing the old data</source>
        <translation>alte Daten werden entfernt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A branch cannot swap its data with itself.</source>
        <translation>Ein Branch kann seine Daten nicht mit sich selbst tauschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is %2; swap once it is ready.</source>
        <translation>„%1“ ist nicht bereit (%2); tauschen Sie die Daten, sobald er bereit ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stopping the computes of “%1” and “%2”</source>
        <translation>Computes von „%1“ und „%2“ werden gestoppt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>swapping the data of “%1” and “%2”</source>
        <translation>Daten von „%1“ und „%2“ werden getauscht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the fabric&apos;s registry.</source>
        <translation>Die Registrierung der Fabric kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>starting the compute of “%1”</source>
        <translation>Compute von „%1“ wird gestartet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” has child branches (%2). Delete them first, or delete recursively.</source>
        <translation>„%1“ hat Kind-Branches (%2). Löschen Sie diese zuerst, oder löschen Sie rekursiv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is protected. Unprotect it first if you really want to delete it.</source>
        <translation>„%1“ ist geschützt. Heben Sie zuerst den Schutz auf, wenn Sie ihn wirklich löschen wollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is the default branch. Make another branch the default first.</source>
        <translation>„%1“ ist der Standard-Branch. Machen Sie zuerst einen anderen Branch zum Standard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleting “%1”</source>
        <translation>„%1“ wird gelöscht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot remove the data folder of “%1”. Check the fabric folder&apos;s permissions.</source>
        <translation>Der Datenordner von „%1“ kann nicht entfernt werden. Prüfen Sie die Rechte des Fabric-Ordners.</translation>
    </message>
    <message>
        <location filename="../models/fabric/localfabricengine.cpp" line="-410"/>
        <source>There is no branch called “%1”. “pixetric branch list” shows the branches.</source>
        <translation>Es gibt keinen Branch namens „%1“. „pixetric branch list“ zeigt die Branches.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Another program (%1, process %2) is changing this fabric. Try again when it has finished.</source>
        <translation>Ein anderes Programm (%1, Prozess %2) ändert gerade diese Fabric. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot lock the fabric in %1. Check that its folder may be written to.</source>
        <translation>Die Fabric in %1 kann nicht gesperrt werden. Prüfen Sie, ob in ihren Ordner geschrieben werden darf.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The PostgreSQL servers of this fabric run as the “%1” account, which cannot reach %2. Choose a folder it can enter (for example under /var/lib or /srv), or let it through the folders above (chmod o+x).</source>
        <translation>Die PostgreSQL-Server dieser Fabric laufen unter dem Konto „%1“, das nicht auf %2 zugreifen kann. Wählen Sie einen Ordner, auf den es zugreifen kann (zum Beispiel unter /var/lib oder /srv), oder erlauben Sie ihm den Durchgang durch die übergeordneten Ordner (chmod o+x).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This fabric&apos;s branches were made with PostgreSQL %1, whose programs are no longer in %2. Install PostgreSQL %1 again (Debian: apt-get install postgresql-%1) to use it.</source>
        <translation>Die Branches dieser Fabric wurden mit PostgreSQL %1 angelegt, dessen Programme nicht mehr in %2 liegen. Installieren Sie PostgreSQL %1 erneut (Debian: apt-get install postgresql-%1), um die Fabric zu verwenden.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The compute stopped unexpectedly. Start it again: its data is recovered on start.</source>
        <translation>Der Compute wurde unerwartet beendet. Starten Sie ihn erneut: Seine Daten werden beim Start wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Operation %1 is not in this fabric&apos;s registry.</source>
        <translation>Die Operation %1 ist nicht in der Registrierung dieser Fabric.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Operation %1 (%2) cannot be run again.</source>
        <translation>Die Operation %1 (%2) kann nicht erneut ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not ready; only a ready branch can be the default.</source>
        <translation>„%1“ ist nicht bereit; nur ein bereiter Branch kann Standard-Branch werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The idle time before a compute is suspended cannot be negative (0 means never).</source>
        <translation>Die Leerlaufzeit, nach der ein Compute angehalten wird, kann nicht negativ sein (0 bedeutet nie).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is %2; its compute can start once it is ready.</source>
        <translation>„%1“ ist nicht bereit (%2); sein Compute kann starten, sobald er bereit ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>suspending the compute</source>
        <translation>Compute wird angehalten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The compute of “%1” could not start: %2</source>
        <translation>Der Compute von „%1“ konnte nicht starten: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The compute of “%1” could not be suspended: %2</source>
        <translation>Der Compute von „%1“ konnte nicht angehalten werden: %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>suspending the idle compute</source>
        <translation>Compute im Leerlauf wird angehalten</translation>
    </message>
    <message>
        <location filename="../models/fabric/localfabricrecovery.cpp" line="+74"/>
        <source>Interrupted; the half-made branch was removed. Run it again.</source>
        <translation>Unterbrochen; der halb angelegte Branch wurde entfernt. Führen Sie die Operation erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupted; the deletion was finished when the fabric was next opened.</source>
        <translation>Unterbrochen; das Löschen wurde beim nächsten Öffnen der Fabric abgeschlossen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interrupted; the branch no longer exists.</source>
        <translation>Unterbrochen; der Branch existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Interrupted before the data was replaced; the branch is as it was. Run it again.</source>
        <translation>Unterbrochen, bevor die Daten ersetzt wurden; der Branch ist unverändert. Führen Sie die Operation erneut aus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Interrupted before the data was swapped; both branches are as they were. Run it again.</source>
        <translation>Unterbrochen, bevor die Daten getauscht wurden; beide Branches sind unverändert. Führen Sie die Operation erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interrupted. Run it again if it did not take effect.</source>
        <translation>Unterbrochen. Führen Sie die Operation erneut aus, falls sie nicht gewirkt hat.</translation>
    </message>
</context>
<context>
    <name>Pixetric::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+76"/>
        <location line="+340"/>
        <source>Pixetric Studio</source>
        <translation>Pixetric Studio</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>&lt;h2&gt;Pixetric Studio&lt;/h2&gt;&lt;p&gt;Double-click a branch to open an SQL tab on it, or connect to any PostgreSQL server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pixetric Studio&lt;/h2&gt;&lt;p&gt;Doppelklicken Sie auf einen Branch, um einen SQL-Tab damit zu öffnen, oder verbinden Sie sich mit einem beliebigen PostgreSQL-Server.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New connection…</source>
        <translation>Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location line="+9"/>
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
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare &amp;Schemas…</source>
        <translation>&amp;Schemas vergleichen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the schemas of two branches or databases and get the migration between them</source>
        <translation>Die Schemas zweier Branches oder Datenbanken vergleichen und die Migration zwischen ihnen erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Migrations…</source>
        <translation>&amp;Migrationen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rehearse a migration folder on a preview branch of the selected branch, then promote or discard it</source>
        <translation>Einen Migrationsordner auf einem Vorschau-Branch des ausgewählten Branches proben und ihn dann übertragen oder verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+14"/>
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
        <location line="+8"/>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+7"/>
        <source>&amp;Branches</source>
        <translation>&amp;Branches</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pixetric Studio — %1</source>
        <translation>Pixetric Studio – %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 · %2</source>
        <comment>tab title: branch · database</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+102"/>
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
        <location line="+119"/>
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
        <location line="+75"/>
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
    <name>Pixetric::Migration</name>
    <message>
        <location filename="../models/schema/migrationplanner.cpp" line="+130"/>
        <source>No migration: %1</source>
        <translation>Keine Migration: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migration generated by Pixetric Studio</source>
        <translation>Von Pixetric Studio erzeugte Migration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from: %1 (the database this script changes)</source>
        <translation>von:  %1 (die Datenbank, die dieses Skript ändert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to:   %1</source>
        <translation>nach: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n of them lose data</source>
        <translation>
            <numerusform>; %n davon führt zu Datenverlust</numerusform>
            <numerusform>; %n davon führen zu Datenverlust</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outside the transaction: PostgreSQL cannot use a new enum value in the transaction that adds it.</source>
        <translation>Außerhalb der Transaktion: PostgreSQL kann einen neuen Enum-Wert nicht in der Transaktion verwenden, die ihn hinzufügt.</translation>
    </message>
</context>
<context>
    <name>Pixetric::MigrationHistory</name>
    <message>
        <location filename="../models/migrate/migrationhistory.cpp" line="+57"/>
        <source>Cannot look for the migration history: %1</source>
        <translation>Die Migrationshistorie kann nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read pixetric.schema_migrations: %1</source>
        <translation>pixetric.schema_migrations kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot create the migration history pixetric.schema_migrations: %1 (the role needs CREATE on the database).</source>
        <translation>Die Migrationshistorie pixetric.schema_migrations kann nicht angelegt werden: %1 (die Rolle braucht CREATE auf der Datenbank).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1 into the migration history: %2</source>
        <translation>%1 kann nicht in die Migrationshistorie geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot remove version %1 from the migration history: %2</source>
        <translation>Version %1 kann nicht aus der Migrationshistorie entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lines were added from line %1: &quot;%2&quot;</source>
        <translation>ab Zeile %1 kamen Zeilen hinzu: „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lines were removed from line %1: &quot;%2&quot;</source>
        <translation>ab Zeile %1 fehlen Zeilen: „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1 was &quot;%2&quot; and is now &quot;%3&quot;</source>
        <translation>Zeile %1 war „%2“ und ist jetzt „%3“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the checksum differs</source>
        <translation>nur die Prüfsumme weicht ab</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not applied, but the later version %2 is: it was probably added on another branch. It runs next; renumber it after %2 if it depends on that.</source>
        <translation>%1 ist nicht angewandt, die spätere Version %2 aber schon: Sie kam wohl auf einem anderen Zweig hinzu. Sie läuft als Nächstes; nummerieren Sie sie hinter %2, wenn sie darauf aufbaut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed on %2: %3</source>
        <translation>%1 schlug am %2 fehl: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was edited after it was applied on %2: %3. Put the change into a new migration and restore the file as it was.</source>
        <translation>%1 wurde geändert, nachdem sie am %2 angewandt wurde: %3. Legen Sie die Änderung in eine neue Migration und stellen Sie die Datei wieder her, wie sie war.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (version %2) was applied on %3, but the folder no longer has it: restore the file, or the folder is not the one this database was migrated from.</source>
        <translation>%1 (Version %2) wurde am %3 angewandt, fehlt aber im Ordner: Stellen Sie die Datei wieder her, oder der Ordner ist nicht der, aus dem diese Datenbank migriert wurde.</translation>
    </message>
</context>
<context>
    <name>Pixetric::MigrationJobs</name>
    <message>
        <location filename="../models/migrationjobs.cpp" line="+69"/>
        <source>No local fabric is open, so there are no branches to run migrations on. Start Pixetric Studio with --fabric FOLDER.</source>
        <translation>Es ist keine lokale Fabric geöffnet, daher gibt es keine Branches, auf denen Migrationen laufen könnten. Starten Sie Pixetric Studio mit --fabric ORDNER.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the fabric %1: %2</source>
        <translation>Die Fabric %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fabric %1 has no branches yet; wait until its first branch is made.</source>
        <translation>Die Fabric %1 hat noch keine Branches; warten Sie, bis ihr erster Branch angelegt ist.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read the fabric&apos;s branches: %1</source>
        <translation>Die Branches der Fabric können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select the branch to run the migrations on in the Branches dock.</source>
        <translation>Wählen Sie im Bereich „Branches“ den Branch aus, auf dem die Migrationen laufen sollen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no branch “%1” in the fabric. Select another branch in the Branches dock.</source>
        <translation>Es gibt keinen Branch „%1“ in der Fabric. Wählen Sie im Bereich „Branches“ einen anderen Branch aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is being made or reset; its migration history can be read once it is ready. Press Refresh then.</source>
        <translation>„%1“ wird gerade angelegt oder zurückgesetzt; seine Migrationshistorie kann gelesen werden, sobald er bereit ist. Klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is being discarded. Select another branch in the Branches dock.</source>
        <translation>„%1“ wird gerade verworfen. Wählen Sie im Bereich „Branches“ einen anderen Branch aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be used after a failed operation: retry or discard it in the Operations panel, or select another branch.</source>
        <translation>„%1“ kann nach einer fehlgeschlagenen Operation nicht verwendet werden: Wiederholen oder verwerfen Sie ihn im Bereich „Operationen“, oder wählen Sie einen anderen Branch aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The compute of “%1” stopped unexpectedly%2. Press Refresh to start it again and read its migration history.</source>
        <translation>Der Compute von „%1“ wurde unerwartet beendet%2. Klicken Sie auf „Aktualisieren“, um ihn erneut zu starten und seine Migrationshistorie zu lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The compute of “%1” did not start, so its migration history cannot be read: %2
See the Operations panel for what happened, then press Refresh.</source>
        <translation>Der Compute von „%1“ ist nicht gestartet, daher kann seine Migrationshistorie nicht gelesen werden: %2
Sehen Sie im Bereich „Operationen“ nach, was geschehen ist, und klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” has no connection yet (%2). Press Refresh in a moment.</source>
        <translation>„%1“ hat noch keine Verbindung (%2). Klicken Sie in einem Moment auf „Aktualisieren“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to “%1”: %2
Check its compute in the Branches dock, then press Refresh.</source>
        <translation>Keine Verbindung zu „%1“ möglich: %2
Prüfen Sie seinen Compute im Bereich „Branches“ und klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the migration history of “%1”: %2</source>
        <translation>Die Migrationshistorie von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>comparing the fork point, %1 and %2</source>
        <translation>vergleiche den Abzweigpunkt, %1 und %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is not a preview branch (no rehearsal made it), so there is no fork point to compare with.</source>
        <translation>„%1“ ist kein Vorschau-Branch (keine Probe hat ihn angelegt), daher gibt es keinen Abzweigpunkt, mit dem verglichen werden könnte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The schema at the fork point (%1) cannot be read, so the objects cannot be compared; the conflicts the promote named are listed above.</source>
        <translation>Das Schema am Abzweigpunkt (%1) kann nicht gelesen werden, daher können die Objekte nicht verglichen werden; die Konflikte, die die Übertragung genannt hat, sind oben aufgeführt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no branch “%1” any more.</source>
        <translation>Es gibt keinen Branch „%1“ mehr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the schema of “%1”: %2</source>
        <translation>Das Schema von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Pixetric::MigrationLinter</name>
    <message>
        <location filename="../models/migrate/migrationlinter.cpp" line="+179"/>
        <source>ACCESS EXCLUSIVE on %1</source>
        <translation>ACCESS EXCLUSIVE auf %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: PostgreSQL&apos;s grammar rejects the text (%2); the statements are checked one by one.</source>
        <translation>%1: Die Grammatik von PostgreSQL weist den Text zurück (%2); die Anweisungen werden einzeln geprüft.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, line %2: pixetric-lint names no rule &apos;%3&apos; (pixetric migrate lint --rules lists them).</source>
        <translation>%1, Zeile %2: pixetric-lint kennt keine Regel „%3“ (pixetric migrate lint --rules listet sie auf).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No lock_timeout is set: while this statement waits for its lock on %1 behind a long transaction, every later query on %1 queues behind it, and the application stalls.</source>
        <translation>Kein lock_timeout gesetzt: Während diese Anweisung hinter einer langen Transaktion auf ihre Sperre auf %1 wartet, reiht sich jede spätere Abfrage auf %1 hinter ihr ein, und die Anwendung steht still.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the file with SET lock_timeout = &apos;2s&apos; (or run with --lock-timeout) and run it again when it times out.</source>
        <translation>Beginnen Sie die Datei mit SET lock_timeout = &apos;2s&apos; (oder führen Sie sie mit --lock-timeout aus), und führen Sie sie erneut aus, wenn das Zeitlimit greift.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No statement_timeout is set: this statement holds its lock on %1 for as long as it takes to read the whole table, with no upper bound.</source>
        <translation>Kein statement_timeout gesetzt: Diese Anweisung hält ihre Sperre auf %1 so lange, wie das Lesen der ganzen Tabelle dauert, ohne Obergrenze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set statement_timeout for the file (or run with --statement-timeout) to the longest blocking you can accept; a rehearsal on a preview branch shows how long it really takes.</source>
        <translation>Setzen Sie statement_timeout für die Datei (oder führen Sie sie mit --statement-timeout aus) auf die längste Blockade, die Sie hinnehmen können; eine Probe auf einem Vorschau-Branch zeigt, wie lange sie wirklich dauert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>every row of %1 and of every table that refers to it by a foreign key</source>
        <translation>alle Zeilen von %1 und von jeder Tabelle, die per Fremdschlüssel darauf verweist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <location line="+246"/>
        <source>every row of %1</source>
        <translation>alle Zeilen von %1</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>TRUNCATE … CASCADE empties %1 and, without naming them, every table with a foreign key to it.</source>
        <translation>TRUNCATE … CASCADE leert %1 und, ohne sie zu nennen, jede Tabelle mit einem Fremdschlüssel darauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRUNCATE empties %1 for good once the migration commits.</source>
        <translation>TRUNCATE leert %1 endgültig, sobald die Migration festgeschrieben ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name every table to empty and leave CASCADE out, so that PostgreSQL refuses when another table still refers to it; keep a copy first if the rows might be needed.</source>
        <translation>Nennen Sie jede zu leerende Tabelle und lassen Sie CASCADE weg, damit PostgreSQL ablehnt, wenn noch eine andere Tabelle darauf verweist; sichern Sie vorher eine Kopie, falls die Zeilen noch gebraucht werden könnten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SHARE on the table (writes wait) and ACCESS EXCLUSIVE on each index rebuilt (queries using it wait)</source>
        <translation>SHARE auf der Tabelle (Schreibzugriffe warten) und ACCESS EXCLUSIVE auf jedem neu aufgebauten Index (Abfragen, die ihn nutzen, warten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REINDEX without CONCURRENTLY blocks writes to the table until every index is rebuilt.</source>
        <translation>REINDEX ohne CONCURRENTLY blockiert Schreibzugriffe auf die Tabelle, bis jeder Index neu aufgebaut ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REINDEX … CONCURRENTLY (it cannot run inside a transaction; the runner sends it on its own).</source>
        <translation>REINDEX … CONCURRENTLY (es kann nicht in einer Transaktion laufen; der Migrationslauf sendet es einzeln).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before PostgreSQL 12 there is no REINDEX CONCURRENTLY: CREATE INDEX CONCURRENTLY a twin, DROP INDEX CONCURRENTLY the old one and rename the twin.</source>
        <translation>Vor PostgreSQL 12 gibt es kein REINDEX CONCURRENTLY: Legen Sie mit CREATE INDEX CONCURRENTLY einen Zwilling an, entfernen Sie den alten Index mit DROP INDEX CONCURRENTLY und benennen Sie den Zwilling um.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>every table of the database</source>
        <translation>alle Tabellen der Datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 writes %2 anew under ACCESS EXCLUSIVE: nobody can read or write it until the copy is done, and it needs room for a second copy.</source>
        <translation>%1 schreibt %2 unter ACCESS EXCLUSIVE neu: Niemand kann lesen oder schreiben, bis die Kopie fertig ist, und es wird Platz für eine zweite Kopie gebraucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave it to autovacuum, or use an online repacking tool such as pg_repack outside the migration.</source>
        <translation>Überlassen Sie es autovacuum, oder verwenden Sie außerhalb der Migration ein Online-Werkzeug zum Umpacken wie pg_repack.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>REFRESH MATERIALIZED VIEW without CONCURRENTLY keeps every reader of %1 waiting until it is done.</source>
        <translation>REFRESH MATERIALIZED VIEW ohne CONCURRENTLY lässt jeden Leser von %1 warten, bis es fertig ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFRESH MATERIALIZED VIEW CONCURRENTLY (the view needs a unique index on plain columns).</source>
        <translation>REFRESH MATERIALIZED VIEW CONCURRENTLY (die Sicht braucht einen eindeutigen Index auf einfachen Spalten).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before PostgreSQL 12, ALTER TYPE … ADD VALUE fails inside a transaction block, and each migration file runs in one.</source>
        <translation>Vor PostgreSQL 12 schlägt ALTER TYPE … ADD VALUE in einem Transaktionsblock fehl, und jede Migrationsdatei läuft in einem solchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a migration file of its own that runs outside a transaction (dbmate: &quot;-- migrate:up transaction:false&quot;), or upgrade the server.</source>
        <translation>Geben Sie der Anweisung eine eigene Migrationsdatei, die außerhalb einer Transaktion läuft (dbmate: „-- migrate:up transaction:false“), oder aktualisieren Sie den Server.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ROW EXCLUSIVE on %1, and a lock on every row until commit</source>
        <translation>ROW EXCLUSIVE auf %1 und eine Sperre auf jeder Zeile bis zum Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the old values of the columns set, in every row of %1</source>
        <translation>die alten Werte der gesetzten Spalten in jeder Zeile von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELETE without WHERE removes every row of %1 and keeps them all locked until the migration commits.</source>
        <translation>DELETE ohne WHERE entfernt jede Zeile von %1 und hält sie alle gesperrt, bis die Migration festgeschrieben ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATE without WHERE changes every row of %1 in one transaction: every row stays locked until commit, and the table doubles in size until vacuum.</source>
        <translation>UPDATE ohne WHERE ändert jede Zeile von %1 in einer Transaktion: Jede Zeile bleibt bis zum Commit gesperrt, und die Tabelle wächst bis zum nächsten Vacuum auf die doppelte Größe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the WHERE clause you mean; for a backfill, update in batches of a few thousand rows by key, each batch committed on its own.</source>
        <translation>Ergänzen Sie die beabsichtigte WHERE-Klausel; für ein Backfill aktualisieren Sie nach Schlüssel in Stapeln von einigen tausend Zeilen, jeden Stapel mit eigenem Commit.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>char(n) pads every value with blanks to its length, compares them oddly and is no faster than text.</source>
        <translation>char(n) füllt jeden Wert mit Leerzeichen auf seine Länge auf, vergleicht Werte eigenwillig und ist nicht schneller als text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use text, or varchar(n) when the length limit is a rule of the data (a CHECK on length() is easier to change).</source>
        <translation>Verwenden Sie text, oder varchar(n), wenn die Längengrenze eine Regel der Daten ist (ein CHECK auf length() lässt sich leichter ändern).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timestamp without time zone stores a wall-clock reading with no zone: values written from servers or sessions in other zones, or across a change of daylight saving time, cannot be told apart.</source>
        <translation>timestamp without time zone speichert eine Uhrzeit ohne Zeitzone: Werte, die von Servern oder Sitzungen in anderen Zeitzonen oder über eine Sommerzeitumstellung hinweg geschrieben wurden, lassen sich nicht auseinanderhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use timestamptz: it stores an instant and shows it in each session&apos;s time zone.</source>
        <translation>Verwenden Sie timestamptz: Es speichert einen Zeitpunkt und zeigt ihn in der Zeitzone der jeweiligen Sitzung an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 key runs out at %2 rows ever inserted; changing the type later rewrites the table and every table that refers to it.</source>
        <translation>Ein %1-Schlüssel ist nach %2 jemals eingefügten Zeilen erschöpft; den Typ später zu ändern, schreibt die Tabelle und jede darauf verweisende Tabelle neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use bigint GENERATED ALWAYS AS IDENTITY (or bigint with a sequence) from the start.</source>
        <translation>Verwenden Sie von Anfang an bigint GENERATED ALWAYS AS IDENTITY (oder bigint mit einer Sequenz).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Changing the type of %1 rewrites %2 and rebuilds its indexes under ACCESS EXCLUSIVE, unless the new type is binary-compatible (varchar(n) to a longer varchar or to text): nobody reads or writes the table meanwhile.</source>
        <translation>Die Typänderung von %1 schreibt %2 neu und baut deren Indizes unter ACCESS EXCLUSIVE neu auf, sofern der neue Typ nicht binärkompatibel ist (varchar(n) zu einem längeren varchar oder zu text): Solange kann niemand die Tabelle lesen oder schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a column of the new type, fill it in batches (a trigger keeps it current), switch the application over, then drop the old column.</source>
        <translation>Fügen Sie eine Spalte des neuen Typs hinzu, füllen Sie sie in Stapeln (ein Trigger hält sie aktuell), stellen Sie die Anwendung um und löschen Sie dann die alte Spalte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SET NOT NULL reads every row of %1 under ACCESS EXCLUSIVE to check it: nobody reads or writes the table meanwhile.</source>
        <translation>SET NOT NULL liest zur Prüfung jede Zeile von %1 unter ACCESS EXCLUSIVE: Solange kann niemand die Tabelle lesen oder schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ADD CONSTRAINT … CHECK (%1 IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT (writes go on), then SET NOT NULL, which uses the valid check instead of reading the table, then drop the check.</source>
        <translation>ADD CONSTRAINT … CHECK (%1 IS NOT NULL) NOT VALID, dann VALIDATE CONSTRAINT (Schreibzugriffe laufen weiter), dann SET NOT NULL, das den gültigen Check verwendet, statt die Tabelle zu lesen, und zuletzt den Check löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before PostgreSQL 12 SET NOT NULL always reads the table: keep a CHECK (%1 IS NOT NULL) constraint added NOT VALID and then validated instead.</source>
        <translation>Vor PostgreSQL 12 liest SET NOT NULL immer die Tabelle: Behalten Sie stattdessen einen Constraint CHECK (%1 IS NOT NULL), der mit NOT VALID hinzugefügt und dann validiert wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every value of %1</source>
        <translation>alle Werte von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropping %1 loses its data, and running code that still reads or writes it fails at once.</source>
        <translation>Das Löschen von %1 vernichtet deren Daten, und laufender Code, der die Spalte noch liest oder schreibt, schlägt sofort fehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop using the column in the application first, deploy, and drop it in a later migration.</source>
        <translation>Entfernen Sie zuerst jede Verwendung der Spalte aus der Anwendung, spielen Sie diese aus und löschen Sie die Spalte in einer späteren Migration.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This ALTER TABLE writes %1 anew under ACCESS EXCLUSIVE: nobody reads or writes it until the copy is done.</source>
        <translation>Dieses ALTER TABLE schreibt %1 unter ACCESS EXCLUSIVE neu: Niemand kann die Tabelle lesen oder schreiben, bis die Kopie fertig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do it in a maintenance window, or build the new table beside the old one and switch over.</source>
        <translation>Tun Sie es in einem Wartungsfenster, oder bauen Sie die neue Tabelle neben der alten auf und stellen Sie dann um.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on the partitioned table %1: every query on any of its partitions waits.</source>
        <translation>DETACH PARTITION ohne CONCURRENTLY nimmt ACCESS EXCLUSIVE auf der partitionierten Tabelle %1: Jede Abfrage auf einer ihrer Partitionen wartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALTER TABLE … DETACH PARTITION … CONCURRENTLY (outside a transaction; the runner sends it on its own).</source>
        <translation>ALTER TABLE … DETACH PARTITION … CONCURRENTLY (außerhalb einer Transaktion; der Migrationslauf sendet es einzeln).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before PostgreSQL 14 there is no CONCURRENTLY here: detach when the table is quiet, with a short lock_timeout.</source>
        <translation>Vor PostgreSQL 14 gibt es hier kein CONCURRENTLY: Lösen Sie die Partition, wenn auf der Tabelle wenig los ist, mit einem kurzen lock_timeout.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A NOT NULL column without a default cannot be added to a table that has rows: the migration fails on any real copy of %1.</source>
        <translation>Eine NOT NULL-Spalte ohne Standardwert kann keiner Tabelle mit Zeilen hinzugefügt werden: Die Migration schlägt auf jeder echten Kopie von %1 fehl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the column a constant DEFAULT (from PostgreSQL 11 that costs no rewrite), or add it without NOT NULL, fill it in batches and then add NOT NULL as setting-not-null explains.</source>
        <translation>Geben Sie der Spalte einen konstanten DEFAULT (ab PostgreSQL 11 kostet das kein Neuschreiben), oder fügen Sie sie ohne NOT NULL hinzu, füllen Sie sie in Stapeln und setzen Sie dann NOT NULL, wie setting-not-null erklärt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it without NOT NULL, fill it in batches, then add NOT NULL as setting-not-null explains (before PostgreSQL 11 any default rewrites the table).</source>
        <translation>Fügen Sie sie ohne NOT NULL hinzu, füllen Sie sie in Stapeln und setzen Sie dann NOT NULL, wie setting-not-null erklärt (vor PostgreSQL 11 schreibt jeder Standardwert die Tabelle neu).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a stored generated column is computed for every existing row</source>
        <translation>eine gespeicherte generierte Spalte wird für jede bestehende Zeile berechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an identity or serial column takes a new sequence value for every existing row</source>
        <translation>eine Identity- oder serial-Spalte nimmt für jede bestehende Zeile einen neuen Sequenzwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its default is volatile, so every existing row gets a value of its own</source>
        <translation>ihr Standardwert ist volatil, daher bekommt jede bestehende Zeile einen eigenen Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before PostgreSQL 11 any default is written into every existing row</source>
        <translation>vor PostgreSQL 11 wird jeder Standardwert in jede bestehende Zeile geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding %1 rewrites %2 under ACCESS EXCLUSIVE: %3. Nobody reads or writes the table meanwhile.</source>
        <translation>Das Hinzufügen von %1 schreibt %2 unter ACCESS EXCLUSIVE neu: %3. Solange kann niemand die Tabelle lesen oder schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the column without the default (or with a constant one), fill it in batches, then set the default for new rows.</source>
        <translation>Fügen Sie die Spalte ohne den Standardwert (oder mit einem konstanten) hinzu, füllen Sie sie in Stapeln und setzen Sie dann den Standardwert für neue Zeilen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unique index for %1 is built under ACCESS EXCLUSIVE while the table is read.</source>
        <translation>Der eindeutige Index für %1 wird unter ACCESS EXCLUSIVE aufgebaut, während die Tabelle gelesen wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the column, CREATE UNIQUE INDEX CONCURRENTLY on it, then ADD CONSTRAINT … UNIQUE (or PRIMARY KEY) USING INDEX.</source>
        <translation>Fügen Sie die Spalte hinzu, legen Sie mit CREATE UNIQUE INDEX CONCURRENTLY einen Index darauf an und dann ADD CONSTRAINT … UNIQUE (oder PRIMARY KEY) USING INDEX.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SHARE ROW EXCLUSIVE on %1 and %2</source>
        <translation>SHARE ROW EXCLUSIVE auf %1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The foreign key is checked against every row of %1 while writes to %1 and %2 wait.</source>
        <translation>Der Fremdschlüssel wird gegen jede Zeile von %1 geprüft, während Schreibzugriffe auf %1 und %2 warten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it with NOT VALID (new rows are checked at once), then ALTER TABLE … VALIDATE CONSTRAINT in a later statement: validation takes only SHARE UPDATE EXCLUSIVE, and writes go on.</source>
        <translation>Fügen Sie ihn mit NOT VALID hinzu (neue Zeilen werden sofort geprüft) und dann in einer späteren Anweisung ALTER TABLE … VALIDATE CONSTRAINT: Die Validierung nimmt nur SHARE UPDATE EXCLUSIVE, und Schreibzugriffe laufen weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check is tested on every row of %1 under ACCESS EXCLUSIVE: nobody reads or writes the table meanwhile.</source>
        <translation>Der Check wird unter ACCESS EXCLUSIVE an jeder Zeile von %1 geprüft: Solange kann niemand die Tabelle lesen oder schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it with NOT VALID, then ALTER TABLE … VALIDATE CONSTRAINT in a later statement (SHARE UPDATE EXCLUSIVE: writes go on).</source>
        <translation>Fügen Sie ihn mit NOT VALID hinzu und dann in einer späteren Anweisung ALTER TABLE … VALIDATE CONSTRAINT (SHARE UPDATE EXCLUSIVE: Schreibzugriffe laufen weiter).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The constraint&apos;s unique index is built under ACCESS EXCLUSIVE while %1 is read%2.</source>
        <translation>Der eindeutige Index des Constraints wird unter ACCESS EXCLUSIVE aufgebaut, während %1 gelesen wird%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, and its columns are checked for nulls</source>
        <translation>, und seine Spalten werden auf NULL-Werte geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … %1 USING INDEX, which only takes the lock for a moment.</source>
        <translation>Zuerst CREATE UNIQUE INDEX CONCURRENTLY, dann ADD CONSTRAINT … %1 USING INDEX, das die Sperre nur einen Moment lang nimmt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>If an earlier CREATE INDEX CONCURRENTLY of this index failed, it left an INVALID index behind, and IF NOT EXISTS then skips it silently: the index is never built.</source>
        <translation>Ist ein früheres CREATE INDEX CONCURRENTLY dieses Index fehlgeschlagen, hat es einen INVALID-Index hinterlassen, und IF NOT EXISTS überspringt ihn dann stillschweigend: Der Index wird nie aufgebaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop IF NOT EXISTS, or DROP INDEX CONCURRENTLY IF EXISTS the same name first.</source>
        <translation>Lassen Sie IF NOT EXISTS weg, oder entfernen Sie zuerst mit DROP INDEX CONCURRENTLY IF EXISTS den Index gleichen Namens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHARE on %1</source>
        <translation>SHARE auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATE INDEX without CONCURRENTLY blocks every write to %1 until the index is built.</source>
        <translation>CREATE INDEX ohne CONCURRENTLY blockiert jeden Schreibzugriff auf %1, bis der Index aufgebaut ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATE INDEX CONCURRENTLY (it cannot run inside a transaction; the runner sends it on its own and reports an INVALID index if it fails).</source>
        <translation>CREATE INDEX CONCURRENTLY (es kann nicht in einer Transaktion laufen; der Migrationslauf sendet es einzeln und meldet einen INVALID-Index, wenn es fehlschlägt).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>every row of %1, and the views and keys that depend on it</source>
        <translation>alle Zeilen von %1 sowie die Sichten und Schlüssel, die davon abhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DROP TABLE %1 loses its rows for good, and running code that uses it fails at once.</source>
        <translation>DROP TABLE %1 vernichtet die Zeilen der Tabelle endgültig, und laufender Code, der sie verwendet, schlägt sofort fehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop using the table in the application first; rename it aside (or keep a dump) and drop it in a later migration.</source>
        <translation>Entfernen Sie zuerst jede Verwendung der Tabelle aus der Anwendung; benennen Sie sie beiseite um (oder behalten Sie einen Dump) und löschen Sie sie in einer späteren Migration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACCESS EXCLUSIVE on every table in %1</source>
        <translation>ACCESS EXCLUSIVE auf jeder Tabelle in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every table of the schema %1 with its rows</source>
        <translation>alle Tabellen des Schemas %1 mit ihren Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DROP SCHEMA … CASCADE removes every table in %1 without naming them.</source>
        <translation>DROP SCHEMA … CASCADE entfernt jede Tabelle in %1, ohne sie zu nennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the tables you mean by name, then the schema without CASCADE.</source>
        <translation>Löschen Sie die gemeinten Tabellen namentlich und dann das Schema ohne CASCADE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACCESS EXCLUSIVE on the index&apos;s table</source>
        <translation>ACCESS EXCLUSIVE auf der Tabelle des Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DROP INDEX without CONCURRENTLY blocks every read and write of its table, and waits behind every query running on it.</source>
        <translation>DROP INDEX ohne CONCURRENTLY blockiert jedes Lesen und Schreiben seiner Tabelle und wartet hinter jeder Abfrage, die darauf läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DROP INDEX CONCURRENTLY (outside a transaction; the runner sends it on its own).</source>
        <translation>DROP INDEX CONCURRENTLY (außerhalb einer Transaktion; der Migrationslauf sendet es einzeln).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Renaming %1 to %2 breaks every running query and deployed application that still uses the old name, the moment the migration commits.</source>
        <translation>Das Umbenennen von %1 in %2 bricht jede laufende Abfrage und jede ausgerollte Anwendung, die noch den alten Namen verwendet, sobald die Migration festgeschrieben ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename in steps: add the new name beside the old (a view, or a column kept in step by a trigger), move the application over, then drop the old name.</source>
        <translation>Benennen Sie schrittweise um: Legen Sie den neuen Namen neben dem alten an (eine Sicht oder eine per Trigger synchron gehaltene Spalte), stellen Sie die Anwendung um und löschen Sie dann den alten Namen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>danger</source>
        <translation>Gefahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lock: %1</source>
        <translation>Sperre: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rewrites the table</source>
        <translation>schreibt die Tabelle neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data lost: %1</source>
        <translation>Datenverlust: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    Safer: %1
</source>
        <translation>    Sicherer: %1
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checked: files %1, statements %2. Findings: danger %3, advice %4, silenced %5.
</source>
        <translation>Geprüft: Dateien %1, Anweisungen %2. Befunde: Gefahren %3, Hinweise %4, unterdrückt %5.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Silence a finding you accept with a comment before its statement: -- pixetric-lint: ignore RULE
</source>
        <translation>Unterdrücken Sie einen Befund, den Sie hinnehmen, mit einem Kommentar vor seiner Anweisung: -- pixetric-lint: ignore RULE
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ADD COLUMN … NOT NULL without a default fails on a table with rows</source>
        <translation>ADD COLUMN … NOT NULL ohne Standardwert schlägt auf einer Tabelle mit Zeilen fehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADD COLUMN with a volatile default, identity, serial or stored generated value (any default before 11) rewrites the table</source>
        <translation>ADD COLUMN mit volatilem Standardwert, Identity, serial oder gespeichertem generiertem Wert (vor 11 jeder Standardwert) schreibt die Tabelle neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SET NOT NULL reads the whole table under ACCESS EXCLUSIVE</source>
        <translation>SET NOT NULL liest die ganze Tabelle unter ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a foreign key without NOT VALID checks every row while writes wait</source>
        <translation>ein Fremdschlüssel ohne NOT VALID prüft jede Zeile, während Schreibzugriffe warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CHECK without NOT VALID tests every row under ACCESS EXCLUSIVE</source>
        <translation>ein CHECK ohne NOT VALID prüft jede Zeile unter ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRIMARY KEY or UNIQUE without USING INDEX builds its index under ACCESS EXCLUSIVE</source>
        <translation>PRIMARY KEY oder UNIQUE ohne USING INDEX baut seinen Index unter ACCESS EXCLUSIVE auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATE INDEX without CONCURRENTLY blocks writes</source>
        <translation>CREATE INDEX ohne CONCURRENTLY blockiert Schreibzugriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DROP INDEX without CONCURRENTLY blocks reads and writes</source>
        <translation>DROP INDEX ohne CONCURRENTLY blockiert Lese- und Schreibzugriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REINDEX without CONCURRENTLY blocks writes</source>
        <translation>REINDEX ohne CONCURRENTLY blockiert Schreibzugriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALTER COLUMN … TYPE rewrites the table under ACCESS EXCLUSIVE</source>
        <translation>ALTER COLUMN … TYPE schreibt die Tabelle unter ACCESS EXCLUSIVE neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DROP COLUMN loses data and breaks code that uses it</source>
        <translation>DROP COLUMN vernichtet Daten und bricht Code, der die Spalte verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DROP TABLE, or DROP SCHEMA … CASCADE, loses data</source>
        <translation>DROP TABLE oder DROP SCHEMA … CASCADE vernichtet Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renaming a table, column, view, type or function breaks running code</source>
        <translation>das Umbenennen einer Tabelle, Spalte, Sicht, eines Typs oder einer Funktion bricht laufenden Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRUNCATE (above all with CASCADE) loses data</source>
        <translation>TRUNCATE (vor allem mit CASCADE) vernichtet Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VACUUM FULL, CLUSTER, SET LOGGED / UNLOGGED, SET TABLESPACE rewrite the table</source>
        <translation>VACUUM FULL, CLUSTER, SET LOGGED / UNLOGGED, SET TABLESPACE schreiben die Tabelle neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks its readers</source>
        <translation>REFRESH MATERIALIZED VIEW ohne CONCURRENTLY blockiert die Leser der Sicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DETACH PARTITION without CONCURRENTLY blocks the partitioned table</source>
        <translation>DETACH PARTITION ohne CONCURRENTLY blockiert die partitionierte Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATE or DELETE without WHERE touches every row in one transaction</source>
        <translation>UPDATE oder DELETE ohne WHERE berührt jede Zeile in einer einzigen Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALTER TYPE … ADD VALUE fails in a transaction before PostgreSQL 12</source>
        <translation>ALTER TYPE … ADD VALUE schlägt vor PostgreSQL 12 in einer Transaktion fehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a statement takes a strong lock with no lock_timeout set</source>
        <translation>eine Anweisung nimmt eine starke Sperre, ohne dass lock_timeout gesetzt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a statement holds a strong lock over a scan with no statement_timeout set</source>
        <translation>eine Anweisung hält eine starke Sperre während eines Scans, ohne dass statement_timeout gesetzt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATE INDEX CONCURRENTLY IF NOT EXISTS skips an INVALID index left by a failure</source>
        <translation>CREATE INDEX CONCURRENTLY IF NOT EXISTS überspringt einen INVALID-Index, den ein Fehlschlag hinterlassen hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>char(n) columns: use text or varchar</source>
        <translation>char(n)-Spalten: Verwenden Sie text oder varchar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timestamp without time zone: use timestamptz</source>
        <translation>timestamp without time zone: Verwenden Sie timestamptz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer or serial primary keys run out: use bigint identity</source>
        <translation>Primärschlüssel vom Typ integer oder serial laufen über: Verwenden Sie bigint identity</translation>
    </message>
</context>
<context>
    <name>Pixetric::MigrationPlanner</name>
    <message>
        <location filename="../models/schema/migrationplanner.cpp" line="+65"/>
        <source>%1 depends on an object this migration drops, but lies outside the compared schemas: the migration fails unless it is dealt with by hand.</source>
        <translation>%1 hängt von einem Objekt ab, das diese Migration löscht, liegt aber außerhalb der verglichenen Schemas: Ohne Eingriff von Hand schlägt die Migration fehl.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+71"/>
        <source>it uses a column whose type changes</source>
        <translation>das Objekt verwendet eine Spalte, deren Typ sich ändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACCESS EXCLUSIVE lock on %1; rewrites the table twice (to %2 and back) while %3 is made anew</source>
        <translation>Sperre ACCESS EXCLUSIVE auf %1; schreibt die Tabelle zweimal neu (in den Typ %2 und zurück), während %3 neu angelegt wird</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it depends on %1, which is dropped or made anew</source>
        <translation>das Objekt hängt von %1 ab, und diese Abhängigkeit wird gelöscht oder neu angelegt</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>made anew because %1</source>
        <translation>wird neu angelegt, denn %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is dropped and created again: %2.</source>
        <translation>%1 wird gelöscht und neu angelegt: %2.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>these objects depend on each other in a circle, so no order of statements can make them: %1. Break the circle in one of the databases (for example, set a column default after both exist) and compare again.</source>
        <translation>diese Objekte hängen im Kreis voneinander ab, daher kann keine Reihenfolge von Anweisungen sie anlegen: %1. Lösen Sie den Kreis in einer der Datenbanken auf (zum Beispiel, indem Sie einen Spaltenstandardwert erst setzen, wenn beide Objekte existieren) und vergleichen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>Pixetric::MigrationRunner</name>
    <message>
        <location filename="../models/migrate/migrationrunner.cpp" line="+55"/>
        <source>Cannot take the migration lock: %1</source>
        <translation>Die Migrationssperre kann nicht genommen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another migration run holds the lock on this database; wait for it to finish and try again.</source>
        <translation>Ein anderer Migrationslauf hält die Sperre dieser Datenbank; warten Sie, bis er endet, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another migration run holds the lock on this database (server process %1, application %2, role %3, connected since %4); wait for it to finish, or end that session, and try again.</source>
        <translation>Ein anderer Migrationslauf hält die Sperre dieser Datenbank (Serverprozess %1, Anwendung %2, Rolle %3, verbunden seit %4); warten Sie, bis er endet, oder beenden Sie diese Sitzung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The connection is gone, so the history could not record the failure.</source>
        <translation>Die Verbindung ist weg, daher konnte die Historie den Fehler nicht festhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+120"/>
        <source>Cannot begin a transaction: %1</source>
        <translation>Keine Transaktion begonnen: %1</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1: stopped at your request; nothing of it was applied.</source>
        <translation>%1: auf Ihren Wunsch angehalten; nichts davon wurde angewandt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Nothing of this file was applied.</source>
        <translation>Nichts aus dieser Datei wurde angewandt.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 could not be committed: %2</source>
        <translation>%1 konnte nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>started on %1 and not finished: the run was cut short; check which of its statements took effect</source>
        <translation>am %1 begonnen und nicht beendet: Der Lauf brach ab; prüfen Sie, welche ihrer Anweisungen wirkten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: stopped at your request.</source>
        <translation>%1: auf Ihren Wunsch angehalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This file runs statement by statement: the %n statement(s) before took effect.</source>
        <translation>
            <numerusform>Diese Datei läuft Anweisung für Anweisung: Die %n Anweisung davor hat gewirkt.</numerusform>
            <numerusform>Diese Datei läuft Anweisung für Anweisung: Die %n Anweisungen davor haben gewirkt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database&apos;s migration history and the folder disagree, so nothing was run:</source>
        <translation>Die Migrationshistorie der Datenbank und der Ordner passen nicht zusammen, daher lief nichts:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot set the run&apos;s search path: %1</source>
        <translation>Der Suchpfad des Laufs kann nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot set the run&apos;s timeouts: %1</source>
        <translation>Die Zeitlimits des Laufs können nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The migration folder has problems, so nothing was run:</source>
        <translation>Der Migrationsordner hat Probleme, daher lief nichts:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopped at your request before %1.</source>
        <translation>Vor %1 auf Ihren Wunsch angehalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The migrations could not be committed: %1</source>
        <translation>Die Migrationen konnten nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The migrations ran as one transaction: none of them was applied.</source>
        <translation>Die Migrationen liefen als eine Transaktion: Keine davon wurde angewandt.</translation>
    </message>
</context>
<context>
    <name>Pixetric::MigrationSet</name>
    <message>
        <location filename="../models/migrate/migrationset.cpp" line="+106"/>
        <source>%1: more than one &quot;-- migrate:up&quot; line; keep one.</source>
        <translation>%1: mehr als eine Zeile „-- migrate:up“; behalten Sie eine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;-- migrate:down&quot; comes before &quot;-- migrate:up&quot;; put the up part first.</source>
        <translation>%1: „-- migrate:down“ steht vor „-- migrate:up“; stellen Sie den Hinweg nach vorn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no &quot;-- migrate:up&quot; line; dbmate files begin their SQL with one.</source>
        <translation>%1: keine Zeile „-- migrate:up“; dbmate-Dateien beginnen ihr SQL damit.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+65"/>
        <source>%1: not UTF-8 text; save it as UTF-8.</source>
        <translation>%1: kein UTF-8-Text; speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1: not a migration file name; name it NNNN_name.sql (or V1__name.sql for Flyway, &lt;timestamp&gt;_name.sql for dbmate).</source>
        <translation>%1: kein Migrationsdateiname; nennen Sie sie NNNN_name.sql (oder V1__name.sql für Flyway, &lt;timestamp&gt;_name.sql für dbmate).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder %1 does not exist; pick the folder that holds the migration files.</source>
        <translation>Den Ordner %1 gibt es nicht; wählen Sie den Ordner mit den Migrationsdateien.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: nicht lesbar (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: repeatable Flyway migrations (R__) are not run by Pixetric Studio; run it by hand or make it a versioned migration.</source>
        <translation>%1: Wiederholbare Flyway-Migrationen (R__) führt Pixetric Studio nicht aus; führen Sie sie von Hand aus oder machen Sie daraus eine versionierte Migration.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 and %2 have the same version %3; give one of them another number.</source>
        <translation>%1 und %2 haben dieselbe Version %3; geben Sie einer davon eine andere Nummer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The down migration of version %1 has no up migration beside it; add the up file or remove it.</source>
        <translation>Zur Rückweg-Migration der Version %1 gibt es keinen Hinweg; legen Sie die Hinweg-Datei dazu oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>Pixetric::MigrationStatusModel</name>
    <message>
        <location filename="../models/migrationstatusmodel.cpp" line="+139"/>
        <source>no migrations</source>
        <translation>keine Migrationen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n migration(s), state not known</source>
        <translation>
            <numerusform>%n Migration, Zustand unbekannt</numerusform>
            <numerusform>%n Migrationen, Zustand unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied</source>
        <translation>angewandt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drifted</source>
        <translation>abgewichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of order</source>
        <translation>außer der Reihe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not read</source>
        <comment>migration state while the target&apos;s history is unknown</comment>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applied %1</source>
        <translation>Angewandt %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied %1 by %2</source>
        <translation>Angewandt %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs outside a transaction.</source>
        <translation>Läuft außerhalb einer Transaktion.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied</source>
        <translation>Angewandt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Pixetric::MigrationsPanel</name>
    <message>
        <location filename="../ui/migrationspanel.cpp" line="+71"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>go</source>
        <translation>Go</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-go</source>
        <translation>No-Go</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rehearsing</source>
        <translation>wird geprobt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promoted</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder of your migration files (NNNN_name.sql, Flyway, dbmate, golang-migrate)</source>
        <translation>der Ordner Ihrer Migrationsdateien (NNNN_name.sql, Flyway, dbmate, golang-migrate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The migration folder; press Enter after typing a path, or pick a recent one</source>
        <translation>Der Migrationsordner; drücken Sie nach Eingabe eines Pfads die Eingabetaste, oder wählen Sie einen der zuletzt verwendeten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the migration folder</source>
        <translation>Den Migrationsordner wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The branch the migrations are for: the one selected in the Branches dock, else the default branch</source>
        <translation>Der Branch, für den die Migrationen bestimmt sind: der im Bereich „Branches“ ausgewählte, sonst der Standard-Branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the folder and the target&apos;s migration history again (starts a suspended compute)</source>
        <translation>Den Ordner und die Migrationshistorie des Ziels erneut lesen (startet einen angehaltenen Compute)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&amp;Rehearse on Preview</source>
        <translation>Auf Vorschau &amp;proben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a preview branch of the target and run the pending migrations there; the target is left alone</source>
        <translation>Einen Vorschau-Branch des Ziels anlegen und die ausstehenden Migrationen dort ausführen; das Ziel bleibt unberührt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the rehearsal after the statement that runs now</source>
        <translation>Die Probe nach der gerade laufenden Anweisung anhalten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pre&amp;view:</source>
        <translation>Vo&amp;rschau:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview branches rehearsed from the target, newest first</source>
        <translation>Die aus dem Ziel geprobten Vorschau-Branches, die neueste zuerst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Promote…</source>
        <translation>Ü&amp;bertragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the preview&apos;s rehearsed migrations to the target, after checking the target against the fork point</source>
        <translation>Die geprobten Migrationen der Vorschau auf das Ziel anwenden, nachdem das Ziel mit dem Abzweigpunkt verglichen wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the preview branch, its compute and its fork point</source>
        <translation>Den Vorschau-Branch, seinen Compute und seinen Abzweigpunkt entfernen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File / statement</source>
        <translation>Datei / Anweisung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+803"/>
        <location line="+128"/>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location line="-928"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows (estimate)</source>
        <translation>Zeilen (Schätzung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tables rewritten (their storage was written anew):</source>
        <translation>Neu geschriebene Tabellen (ihr Speicher wurde neu geschrieben):</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+785"/>
        <location line="+144"/>
        <source>Locks &amp;&amp; Rewrites</source>
        <translation>Sperren &amp;&amp; Neuschreiben</translation>
    </message>
    <message>
        <location line="-926"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lock: %1</source>
        <translation>Sperre: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rewrites the table.</source>
        <translation>Schreibt die Tabelle neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data lost: %1</source>
        <translation>Datenverlust: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safer:</source>
        <translation>Sicherer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To accept it, put “-- pixetric-lint: ignore %1” before the statement.</source>
        <translation>Um es hinzunehmen, setzen Sie „-- pixetric-lint: ignore %1“ vor die Anweisung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+744"/>
        <location line="+72"/>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <location line="-810"/>
        <location line="+739"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="-738"/>
        <source>The schema changes the migrations made, target → preview</source>
        <translation>Die Schemaänderungen der Migrationen, Ziel → Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+702"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="-594"/>
        <source>Choose the Migration Folder</source>
        <translation>Migrationsordner wählen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No fabric is open, so there is no branch to rehearse migrations on. Start Pixetric Studio without --no-fabric (or with --fabric FOLDER) to use them.</source>
        <translation>Es ist keine Fabric geöffnet, daher gibt es keinen Branch, auf dem Migrationen geprobt werden könnten. Starten Sie Pixetric Studio ohne --no-fabric (oder mit --fabric ORDNER), um sie zu verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrations are rehearsed on branches of a local fabric; %1 is not one.</source>
        <translation>Migrationen werden auf Branches einer lokalen Fabric geprobt; %1 ist keiner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the fabric; the migrations show once its branches are known.</source>
        <translation>Die Fabric wird geöffnet; die Migrationen erscheinen, sobald ihre Branches bekannt sind.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose the folder of your migrations (Browse…) to see their state on “%1” and rehearse them.</source>
        <translation>Wählen Sie den Ordner Ihrer Migrationen (Durchsuchen…), um ihren Zustand auf „%1“ zu sehen und sie zu proben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder has problems; nothing can be rehearsed until they are fixed:</source>
        <translation>Der Ordner hat Probleme; nichts kann geprobt werden, bis sie behoben sind:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder holds no migration files. Name them NNNN_name.sql (or as Flyway, dbmate or golang-migrate do).</source>
        <translation>Der Ordner enthält keine Migrationsdateien. Nennen Sie sie NNNN_name.sql (oder so, wie Flyway, dbmate oder golang-migrate es tun).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The compute of “%1” is suspended, so its migration history is not read. Press Refresh to start it and read the history.</source>
        <translation>Der Compute von „%1“ ist angehalten, daher wird seine Migrationshistorie nicht gelesen. Klicken Sie auf „Aktualisieren“, um ihn zu starten und die Historie zu lesen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>creating the preview branch %1: %2</source>
        <translation>Vorschau-Branch %1 wird angelegt: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 … %2 s</source>
        <translation>%1 … %2 s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Creating the preview branch %1</source>
        <translation>Vorschau-Branch %1 wird angelegt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopping after the statement that runs now</source>
        <translation>Wird nach der gerade laufenden Anweisung angehalten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No rehearsal was made: %1</source>
        <translation>Es wurde keine Probe durchgeführt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview %1 was left as it is; discard it with Discard…, mend the problem and rehearse again.</source>
        <translation>Die Vorschau %1 wurde so belassen, wie sie ist; verwerfen Sie sie mit „Verwerfen…“, beheben Sie das Problem und proben Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target was not touched. Mend the problem and rehearse again.</source>
        <translation>Das Ziel wurde nicht angefasst. Beheben Sie das Problem und proben Sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rehearsed on %1: no-go. The reasons are below; mend the migrations and rehearse again, and discard this preview.</source>
        <translation>Auf %1 geprobt: No-Go. Die Gründe stehen unten; bessern Sie die Migrationen nach, proben Sie erneut und verwerfen Sie diese Vorschau.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The target %1 is gone, so there is nothing to promote into. Discard the preview.</source>
        <translation>Das Ziel %1 ist weg, daher gibt es nichts, worauf übertragen werden könnte. Verwerfen Sie die Vorschau.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Comparing %1 with its fork point</source>
        <translation>%1 wird mit seinem Abzweigpunkt verglichen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The promote of %1 did not go ahead: %2
Nothing was half-applied; mend the problem and promote again.</source>
        <translation>Die Übertragung von %1 wurde nicht durchgeführt: %2
Nichts wurde halb angewandt; beheben Sie das Problem und übertragen Sie erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The states on the left are those of %1 now. A preview that is still listed can be removed with Discard….</source>
        <translation>Die Zustände links sind die jetzigen von %1. Eine noch aufgeführte Vorschau kann mit „Verwerfen…“ entfernt werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has branches below it. Discard those first in the Branches dock, then the preview.</source>
        <translation>%1 hat Branches unter sich. Verwerfen Sie diese zuerst im Bereich „Branches“, dann die Vorschau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discarding the preview %1</source>
        <translation>Vorschau %1 wird verworfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discarded the preview %1: its branch, compute and fork point are gone.</source>
        <translation>Vorschau %1 verworfen: Ihr Branch, ihr Compute und ihr Abzweigpunkt sind entfernt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview %1 was not discarded: %2</source>
        <translation>Die Vorschau %1 wurde nicht verworfen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%1 — %2, %n migration(s), %3</source>
        <translation>
            <numerusform>%1 — %2, %n Migration, %3</numerusform>
            <numerusform>%1 — %2, %n Migrationen, %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rehearsed from %1 on %2, forked at %3</source>
        <translation>Aus %1 am %2 geprobt, abgezweigt bei %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no preview</source>
        <translation>keine Vorschau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no preview of %1 yet</source>
        <translation>noch keine Vorschau von %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>CONFLICT — %1 changed after %2 forked from it; nothing was touched. See the Conflict tab.</source>
        <translation>KONFLIKT — %1 hat sich geändert, nachdem %2 davon abzweigte; nichts wurde angefasst. Siehe Tab „Konflikt“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PROMOTED — %1</source>
        <translation>ÜBERTRAGEN — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROMOTED — %1 was promoted into %2.</source>
        <translation>ÜBERTRAGEN — %1 wurde auf %2 übertragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict (%1)</source>
        <translation>Konflikt (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No rehearsal yet.</source>
        <translation>Noch keine Probe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rehearsal yet. Rehearse on Preview runs the pending migrations on a new branch of %1, which itself is left alone.</source>
        <translation>Noch keine Probe. „Auf Vorschau proben“ führt die ausstehenden Migrationen auf einem neuen Branch von %1 aus; das Ziel selbst bleibt unberührt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rehearsal reports the time of every file and statement, the locks held on existing tables, the tables rewritten, what the linter found, the schema changes, and whether the migrations can go to the target.</source>
        <translation>Eine Probe meldet die Zeit jeder Datei und Anweisung, die auf bestehenden Tabellen gehaltenen Sperren, die neu geschriebenen Tabellen, die Befunde des Linters, die Schemaänderungen und ob die Migrationen auf das Ziel übertragen werden können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promote… then applies them to the target; Discard… removes the preview.</source>
        <translation>„Übertragen…“ wendet sie dann auf das Ziel an; „Verwerfen…“ entfernt die Vorschau.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 — %2 was rehearsed on %3 (%n migration(s)).</source>
        <translation>
            <numerusform>%1 — %2 wurde am %3 geprobt (%n Migration).</numerusform>
            <numerusform>%1 — %2 wurde am %3 geprobt (%n Migrationen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rehearsed from %1; forked from %2 at %3.</source>
        <translation>Aus %1 geprobt; abgezweigt von %2 bei %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions: %1</source>
        <translation>Versionen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <location line="+71"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>The full report is shown by the window that rehearsed it. Rehearse again to see one here, or promote or discard this preview as it is.</source>
        <translation>Den vollständigen Bericht zeigt das Fenster, in dem geprobt wurde. Proben Sie erneut, um hier einen zu sehen, oder übertragen oder verwerfen Sie diese Vorschau, wie sie ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NO REHEARSAL — %1</source>
        <translation>KEINE PROBE — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GO — %1 is ready to be promoted into %2.</source>
        <translation>GO — %1 kann auf %2 übertragen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO-GO — %1</source>
        <translation>NO-GO — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rehearsal of %1 on the preview %2, forked from %3 at %4.</source>
        <translation>Probe von %1 auf der Vorschau %2, abgezweigt von %3 bei %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-go, because:</source>
        <translation>No-Go, weil:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n file(s), %1 statement(s), %2</source>
        <translation>
            <numerusform>%n Datei (Anweisungen: %1), %2</numerusform>
            <numerusform>%n Dateien (Anweisungen: %1), %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole rehearsal</source>
        <translation>Gesamte Probe</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Locks on existing tables</source>
        <translation>Sperren auf bestehenden Tabellen</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n lock(s); longest %1 on %2, %3</source>
        <translation>
            <numerusform>%n Sperre; längste %1 auf %2, %3</numerusform>
            <numerusform>%n Sperren; längste %1 auf %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none seen</source>
        <translation>keine gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables rewritten</source>
        <translation>Neu geschriebene Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 danger, %2 advice, %3 silenced</source>
        <translation>Gefahren: %1, Hinweise: %2, unterdrückt: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schema changes</source>
        <translation>Schemaänderungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: Promote… checks that %1 did not change in a clashing way since the fork, then applies these migrations to it in one transaction, or, when neither side had writes since, puts the preview&apos;s data in its place and keeps the old data as a backup branch. Discard… removes the preview.</source>
        <translation>Als Nächstes: „Übertragen…“ prüft, ob sich %1 seit dem Abzweigpunkt in einer widersprüchlichen Weise geändert hat, und wendet diese Migrationen dann in einer Transaktion darauf an – oder setzt, wenn seitdem auf keiner Seite geschrieben wurde, die Daten der Vorschau an seine Stelle und behält die alten Daten als Sicherungs-Branch. „Verwerfen…“ entfernt die Vorschau.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Schema (%1)</source>
        <translation>Schema (%1)</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, outside a transaction</source>
        <translation>, außerhalb einer Transaktion</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ERROR: %1</source>
        <translation>FEHLER: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left INVALID: %1</source>
        <translation>als INVALID hinterlassen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>drop it before running again</source>
        <translation>vor einem erneuten Lauf löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was pending</source>
        <translation>nichts stand aus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none seen (a hold shorter than a sample may not show)</source>
        <translation>keine gesehen (ein Halten, das kürzer als eine Stichprobe ist, erscheint womöglich nicht)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>danger</source>
        <translation>Gefahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safer: %1</source>
        <translation>Sicherer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lint (%1)</source>
        <translation>Lint (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no change to the schema</source>
        <translation>keine Änderung am Schema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target: &lt;i&gt;none&lt;/i&gt;</source>
        <translation>Ziel: &lt;i&gt;keines&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ziel: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Ziel: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Make a preview branch of %1 and run the pending migrations there; %1 is left alone</source>
        <translation>Einen Vorschau-Branch von %1 anlegen und die ausstehenden Migrationen dort ausführen; %1 bleibt unberührt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a migration folder without problems first</source>
        <translation>Wählen Sie zuerst einen Migrationsordner ohne Probleme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rehearse first: a preview with a go can be promoted</source>
        <translation>Proben Sie zuerst: Eine Vorschau mit Go kann übertragen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the migrations rehearsed on %1 to %2</source>
        <translation>Die auf %1 geprobten Migrationen auf %2 anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a rehearsal that ended with a go can be promoted; this one is %1</source>
        <translation>Nur eine Probe, die mit Go endete, kann übertragen werden; Zustand dieser Probe: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>Pixetric::OperationsModel</name>
    <message>
        <location filename="../models/operationsmodel.cpp" line="+46"/>
        <source>Create fabric</source>
        <translation>Fabric anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create branch</source>
        <translation>Branch erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to parent</source>
        <translation>Auf Eltern-Branch zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unprotect</source>
        <translation>Schutz aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start compute</source>
        <translation>Compute starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend compute</source>
        <translation>Compute anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-suspend setting</source>
        <translation>Automatisches Anhalten einstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data swap</source>
        <translation>Datentausch</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 %</source>
        <comment>progress in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Arguments: %1</source>
        <translation>Argumente: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step or error</source>
        <translation>Schritt oder Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Pixetric::OperationsPanel</name>
    <message>
        <location filename="../ui/operationspanel.cpp" line="+98"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the selected failed operation again with the same arguments</source>
        <translation>Die ausgewählte fehlgeschlagene Operation mit denselben Argumenten erneut ausführen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show finished</source>
        <translation>Abgeschlossene anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list operations that completed; failed ones are always listed</source>
        <translation>Auch abgeschlossene Operationen auflisten; fehlgeschlagene werden immer aufgeführt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show Finished</source>
        <translation>Abgeschlossene anzeigen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 “%2” failed: %3</source>
        <translation>„%1“ für „%2“ fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>Pixetric::PgCluster</name>
    <message>
        <location filename="../models/fabric/pgcluster.cpp" line="+90"/>
        <source>Could not write %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie die Rechte und den freien Platz des Ordners.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No data folder was given for the new cluster.</source>
        <translation>Für den neuen Cluster wurde kein Datenordner angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already holds files. Choose an empty folder for the new cluster.</source>
        <translation>%1 enthält bereits Dateien. Wählen Sie einen leeren Ordner für den neuen Cluster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new cluster needs a password for its superuser.</source>
        <translation>Der neue Cluster braucht ein Passwort für seinen Superuser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The superuser&apos;s password cannot span lines. Choose one without line breaks.</source>
        <translation>Das Passwort des Superusers darf keine Zeilenumbrüche enthalten. Wählen Sie eines ohne Zeilenumbruch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+338"/>
        <source>Could not create the folder %1. Check the permissions of the folder above it.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie die Rechte des übergeordneten Ordners.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>The account %1 cannot enter %2, so its server could not use the cluster there. Choose a folder that account can reach, or allow it in (chmod o+x on the folders above).</source>
        <translation>Das Konto %1 kann nicht auf %2 zugreifen, daher könnte sein Server den Cluster dort nicht nutzen. Wählen Sie einen Ordner, auf den das Konto zugreifen kann, oder gewähren Sie ihm Zugang (chmod o+x auf die übergeordneten Ordner).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write a temporary file in %1: %2. Check the free space there.</source>
        <translation>In %1 konnte keine temporäre Datei geschrieben werden: %2. Prüfen Sie den freien Platz dort.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create the cluster in %1. %2</source>
        <translation>Der Cluster in %1 konnte nicht angelegt werden. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+50"/>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+51"/>
        <source>%1 is not a PostgreSQL data folder.</source>
        <translation>%1 ist kein PostgreSQL-Datenordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a port a server can listen on.</source>
        <translation>%1 ist kein Port, auf dem ein Server lauschen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server of %1 already runs on port %2. Stop it before starting it on port %3.</source>
        <translation>Der Server von %1 läuft bereits auf Port %2. Stoppen Sie ihn, bevor Sie ihn auf Port %3 starten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port %1 is in use by another program, so the branch&apos;s compute cannot start. Stop that program, or move the branch to another port.</source>
        <translation>Port %1 wird von einem anderen Programm belegt, daher kann der Compute des Branches nicht starten. Beenden Sie dieses Programm, oder verlegen Sie den Branch auf einen anderen Port.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not create the socket folder %1.</source>
        <translation>Der Socket-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not create the folder %1 for the server&apos;s log.</source>
        <translation>Der Ordner %1 für das Serverlog konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open the server&apos;s log %1: %2.</source>
        <translation>Das Serverlog %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server of %1 did not start. %2</source>
        <translation>Der Server von %1 ist nicht gestartet. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server of %1 did not start. %2
The server&apos;s log (%3) ends with:
%4</source>
        <translation>Der Server von %1 ist nicht gestartet. %2
Das Serverlog (%3) endet mit:
%4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server stopped while it started.</source>
        <translation>Der Server wurde während des Starts beendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server gave up while it started.</source>
        <translation>Der Server hat den Start abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not become ready within %1 seconds.</source>
        <translation>Der Server war nach %1 Sekunden noch nicht bereit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a way to stop a server; use smart, fast or immediate.</source>
        <translation>&quot;%1&quot; ist kein Modus zum Stoppen eines Servers; verwenden Sie smart, fast oder immediate.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server did not stop within %1 seconds.</source>
        <translation>Der Server hat sich nicht innerhalb von %1 Sekunden beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server of %1 did not stop. %2</source>
        <translation>Der Server von %1 ließ sich nicht stoppen. %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The connection to copy from is not valid: %1</source>
        <translation>Die Verbindung, von der kopiert werden soll, ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No folder was given for the copy.</source>
        <translation>Für die Kopie wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already holds files. Choose an empty folder for the copy.</source>
        <translation>%1 enthält bereits Dateien. Wählen Sie einen leeren Ordner für die Kopie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The account %1 cannot enter %2, so the copy cannot be made there. Choose a folder that account can reach.</source>
        <translation>Das Konto %1 kann nicht auf %2 zugreifen, daher kann die Kopie dort nicht angelegt werden. Wählen Sie einen Ordner, auf den das Konto zugreifen kann.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not start %1: %2. Check that PostgreSQL&apos;s server programs are installed.</source>
        <translation>%1 konnte nicht gestartet werden: %2. Prüfen Sie, ob die Serverprogramme von PostgreSQL installiert sind.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The copy from %1 made no progress for ten minutes and was stopped.</source>
        <translation>Das Kopieren von %1 kam zehn Minuten lang nicht voran und wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not copy the cluster at %1 (pg_basebackup exit code %2): %3</source>
        <translation>Der Cluster unter %1 konnte nicht kopiert werden (Exit-Code von pg_basebackup: %2): %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the control file of %1. %2</source>
        <translation>Die Kontrolldatei von %1 konnte nicht gelesen werden. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pg_controldata did not report the latest checkpoint of %1.</source>
        <translation>pg_controldata hat den letzten Checkpoint von %1 nicht gemeldet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not remove %1 from the copied data folder: %2.</source>
        <translation>%1 konnte nicht aus dem kopierten Datenordner entfernt werden: %2.</translation>
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
    <name>Pixetric::PromoteDialog</name>
    <message>
        <location filename="../ui/promotedialog.cpp" line="+17"/>
        <source>Promote Preview</source>
        <translation>Vorschau übertragen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Promote “%1” into “%2”? The %n migration(s) rehearsed on the preview are applied to “%2” in one transaction; its data and the writes made since the fork are kept.</source>
        <translation>
            <numerusform>„%1“ auf „%2“ übertragen? Die %n auf der Vorschau geprobte Migration wird in einer Transaktion auf „%2“ angewandt; seine Daten und die seit dem Abzweigen geschriebenen Änderungen bleiben erhalten.</numerusform>
            <numerusform>„%1“ auf „%2“ übertragen? Die %n auf der Vorschau geprobten Migrationen werden in einer Transaktion auf „%2“ angewandt; seine Daten und die seit dem Abzweigen geschriebenen Änderungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is compared with the fork point first. If it changed in a way that clashes with the preview, nothing is touched and the conflicts are shown.</source>
        <translation>„%1“ wird zuerst mit dem Abzweigpunkt verglichen. Hat sich der Branch im Widerspruch zur Vorschau geändert, wird nichts angefasst, und die Konflikte werden angezeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promote</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is protected. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>„%1“ ist geschützt. Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
</context>
<context>
    <name>Pixetric::Promotion</name>
    <message>
        <location filename="../models/migrate/promotion.cpp" line="+48"/>
        <source>%1 changed after %2 forked from it, in ways that clash with the preview; nothing was touched.</source>
        <translation>%1 hat sich geändert, nachdem %2 davon abzweigte, und zwar im Widerspruch zur Vorschau; nichts wurde angefasst.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The preview branch %1 is gone; rehearse again.</source>
        <translation>Der Vorschauzweig %1 ist weg; proben Sie erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot connect to the preview %1: %2</source>
        <translation>Keine Verbindung zur Vorschau %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1 was rehearsed but is no longer in %2; rehearse again.</source>
        <translation>Version %1 wurde geprobt, ist aber nicht mehr in %2; proben Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed after the rehearsal; rehearse again, so that what is promoted is what was rehearsed.</source>
        <translation>%1 hat sich nach der Probe geändert; proben Sie erneut, damit übertragen wird, was geprobt wurde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>version %1 (%2) was applied to %3 after the fork, on %4 by %5</source>
        <translation>Version %1 (%2) wurde nach dem Abzweigen auf %3 angewandt, am %4 von %5</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The fast-forward of %1 failed, and %1 is as it was: %2</source>
        <translation>Der Fast-Forward von %1 ist fehlgeschlagen, und %1 ist unverändert: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What would run on %1 (%2) is not what was rehearsed (%3); rehearse again.</source>
        <translation>Was auf %1 liefe (%2), ist nicht, was geprobt wurde (%3); proben Sie erneut.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a preview branch (no rehearsal made it).</source>
        <translation>%1 ist kein Vorschauzweig (keine Probe hat ihn angelegt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was promoted into %2 already.</source>
        <translation>%1 wurde bereits auf %2 übertragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was promoted into %2 and the promote undone; rehearse again to promote it.</source>
        <translation>%1 wurde auf %2 übertragen und die Übertragung rückgängig gemacht; proben Sie erneut, um die Vorschau zu übertragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rehearsal on %1 ended %2, not with a go; mend the migrations and rehearse again.</source>
        <translation>Die Probe auf %1 endete mit %2, nicht mit Go; bessern Sie die Migrationen nach und proben Sie erneut.</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>No promote into %1 is on record, so there is nothing to undo.</source>
        <translation>Es ist keine Übertragung auf %1 verzeichnet, daher gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was promoted into %2 %3 hours ago, beyond the undo window of %4 hours; make the change you want with a new migration instead.</source>
        <translation>%1 wurde vor %3 Stunden auf %2 übertragen, also außerhalb des Zeitfensters von %4 Stunden für das Rückgängigmachen; nehmen Sie die gewünschte Änderung stattdessen mit einer neuen Migration vor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is protected: confirm the undo by typing its name.</source>
        <translation>%1 ist geschützt: Bestätigen Sie das Rückgängigmachen, indem Sie seinen Namen eingeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>swapping %1 back</source>
        <translation>tausche %1 zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reverting the migrations on %1</source>
        <translation>nehme die Migrationen auf %1 zurück</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup branch %1 with the data from before the promote is gone; it cannot be swapped back.</source>
        <translation>Der Backup-Branch %1 mit den Daten von vor der Übertragung ist weg; die Daten können nicht zurückgetauscht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had writes after the promote (transaction IDs %2 to %3 were handed out); swapping back loses them.</source>
        <translation>Auf %1 wurde nach der Übertragung geschrieben (die Transaktions-IDs %2 bis %3 wurden vergeben); beim Zurücktauschen gehen diese Änderungen verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undoing the promote would lose what was written to %1 since; nothing was touched. Accept the loss to go on (--accept-data-loss), or make the change you want with a new migration.</source>
        <translation>Das Rückgängigmachen der Übertragung würde verlieren, was seitdem auf %1 geschrieben wurde; nichts wurde angefasst. Nehmen Sie den Verlust in Kauf, um fortzufahren (--accept-data-loss), oder nehmen Sie die gewünschte Änderung mit einer neuen Migration vor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The swap back failed, and %1 is as it was: %2</source>
        <translation>Das Zurücktauschen ist fehlgeschlagen, und %1 ist unverändert: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version %1 is no longer in the history of %2; nothing was touched.</source>
        <translation>Version %1 ist nicht mehr in der Historie von %2; nichts wurde angefasst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (down part)</source>
        <translation>%1 (Rückweg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: loses %3</source>
        <translation>%1, Zeile %2: verliert %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some promoted migrations have no down part, and the fork point&apos;s schema (%1) to generate the reverse from cannot be read; write the reverse as a new migration.</source>
        <translation>Einige übertragene Migrationen haben keinen Rückweg, und das Schema des Abzweigpunkts (%1), aus dem die Umkehrung erzeugt würde, kann nicht gelesen werden; schreiben Sie die Umkehrung als neue Migration.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No reverse migration can be generated: %1</source>
        <translation>Es kann keine Umkehrmigration erzeugt werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version %1 was applied to %2 after the promote; nothing was touched. Revert it first.</source>
        <translation>Version %1 wurde nach der Übertragung auf %2 angewandt; nichts wurde angefasst. Nehmen Sie sie zuerst zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undoing the promote loses data on %1; nothing was touched. Accept the loss to go on (--accept-data-loss).</source>
        <translation>Das Rückgängigmachen der Übertragung vernichtet Daten auf %1; nichts wurde angefasst. Nehmen Sie den Verlust in Kauf, um fortzufahren (--accept-data-loss).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reverse failed at &quot;%1&quot;: %2%3</source>
        <translation>Die Umkehrung schlug bei „%1“ fehl: %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Nothing was changed.</source>
        <translation> Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> The statements before it ran; see the history.</source>
        <translation> Die Anweisungen davor wurden ausgeführt; siehe Historie.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Undid the promote of %1 into %2 in %3 ms: %2 has its data from before again, behind the same endpoint. The promoted data is on the branch %1 again; discard it with &quot;pixetric migrate discard %1&quot;.
</source>
        <translation>Übertragung von %1 auf %2 in %3 ms rückgängig gemacht: %2 hat wieder seine Daten von vorher, hinter demselben Endpunkt. Die übertragenen Daten liegen wieder auf dem Branch %1; verwerfen Sie ihn mit „pixetric migrate discard %1“.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undid the promote of %1 into %2 in %3 ms: %4 reverted%5.
</source>
        <translation>Übertragung von %1 auf %2 in %3 ms rückgängig gemacht: %4 zurückgenommen%5.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> by a generated reverse migration</source>
        <translation> durch eine erzeugte Umkehrmigration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> by their down parts</source>
        <translation> durch ihre Rückwege</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What undoing loses:
  </source>
        <translation>Was beim Rückgängigmachen verloren geht:
  </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reverse would run:
  </source>
        <translation>Die Umkehrung würde ausführen:
  </translation>
    </message>
    <message>
        <location line="-561"/>
        <location line="+94"/>
        <location line="+254"/>
        <source>The target %1 is gone.</source>
        <translation>Das Ziel %1 ist weg.</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>%1 is protected: confirm the promote by typing its name.</source>
        <translation>%1 ist geschützt: Bestätigen Sie die Übertragung, indem Sie seinen Namen eingeben.</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+349"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+18"/>
        <location line="+301"/>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Das Schema von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>The fork point&apos;s schema (%1) cannot be read; rehearse again.</source>
        <translation>Das Schema des Abzweigpunkts (%1) kann nicht gelesen werden; proben Sie erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+306"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>comparing %1 with its fork point</source>
        <translation>vergleiche %1 mit seinem Abzweigpunkt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>After the rebase on %1 the rehearsal is a no-go: %2</source>
        <translation>Nach dem Neuaufsetzen auf %1 ist die Probe ein No-Go: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 moved on again during the rebase; promote again.</source>
        <translation>%1 hat sich während des Neuaufsetzens erneut geändert; übertragen Sie noch einmal.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 had moved on with changes apart from the preview&apos;s: %2 was rebased on it and rehearsed again.
</source>
        <translation>%1 hatte sich abseits der Vorschau geändert: %2 wurde darauf neu aufgesetzt und erneut geprobt.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promoted %1 into %2 by fast-forward in %3 ms: neither had writes since the rehearsal, so %2 now holds the preview&apos;s data behind its own endpoint. Its data from before is kept as the branch %4; &quot;pixetric migrate undo --target %2&quot; swaps it back.
</source>
        <translation>%1 per Fast-Forward in %3 ms auf %2 übertragen: Auf keinen der beiden wurde seit der Probe geschrieben, daher hält %2 nun die Daten der Vorschau hinter seinem eigenen Endpunkt. Seine Daten von vorher bleiben als Branch %4 erhalten; „pixetric migrate undo --target %2“ tauscht sie zurück.
</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Promoted %1 into %2: %n migration(s) applied in %3 ms.
</source>
        <translation>
            <numerusform>%1 auf %2 übertragen: %n Migration in %3 ms angewandt.
</numerusform>
            <numerusform>%1 auf %2 übertragen: %n Migrationen in %3 ms angewandt.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bring the migrations in line with %1 and rehearse again.
</source>
        <translation>Bringen Sie die Migrationen mit %1 in Einklang und proben Sie erneut.
</translation>
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
    <name>Pixetric::Rehearsal</name>
    <message>
        <location filename="../models/migrate/rehearsal.cpp" line="+44"/>
        <location filename="../ui/migrationspanel.cpp" line="-117"/>
        <source>added %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/migrationspanel.cpp" line="-2"/>
        <source>dropped %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changed %1 (%2)</source>
        <translation>geändert: %1 (%2)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 is not a preview branch (no rehearsal made it); delete an ordinary branch with &quot;pixetric branch delete&quot;.</source>
        <translation>%1 ist kein Vorschauzweig (keine Probe hat ihn angelegt); einen gewöhnlichen Zweig löscht „pixetric branch delete“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The migration folder has problems, so nothing was rehearsed:</source>
        <translation>Der Migrationsordner hat Probleme, daher wurde nichts geprobt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no branch %1 to rehearse against.</source>
        <translation>Es gibt keinen Zweig %1, gegen den geprobt werden könnte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>creating the preview branch %1</source>
        <translation>lege den Vorschauzweig %1 an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the preview branch: %1</source>
        <translation>Der Vorschauzweig kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a preview branch (no rehearsal made it).</source>
        <translation>%1 ist kein Vorschauzweig (keine Probe hat ihn angelegt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resetting %1 to the head of %2</source>
        <translation>setze %1 auf den Stand von %2 zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reset the preview %1: %2</source>
        <translation>Die Vorschau %1 kann nicht zurückgesetzt werden: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>reading the schema at the fork point</source>
        <translation>lese das Schema am Abzweigpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the preview&apos;s schema: %1</source>
        <translation>Das Schema der Vorschau kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot keep the fork point&apos;s schema in %1: %2</source>
        <translation>Das Schema des Abzweigpunkts kann nicht in %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the preview %1: %2</source>
        <translation>Keine Verbindung zur Vorschau %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>running the migrations on %1</source>
        <translation>führe die Migrationen auf %1 aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locks could not be sampled: %1</source>
        <translation>Die Sperren konnten nicht erfasst werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview %1 was deleted while the rehearsal ran on it; %2 was not touched. Rehearse again.</source>
        <translation>Die Vorschau %1 wurde gelöscht, während die Probe darauf lief; %2 wurde nicht angefasst. Proben Sie erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>comparing the preview with the fork point</source>
        <translation>vergleiche die Vorschau mit dem Abzweigpunkt</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (about %n row(s))</source>
        <translation>
            <numerusform>%1 (etwa %n Zeile)</numerusform>
            <numerusform>%1 (etwa %n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The preview&apos;s schema could not be read after the migrations: %1</source>
        <translation>Das Schema der Vorschau konnte nach den Migrationen nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the migrations failed: %1</source>
        <translation>Die Migrationen schlugen fehl: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACCESS EXCLUSIVE held on %1 (about %2 rows) for %3 ms, more than %4 ms: every read and write of it waits that long</source>
        <translation>ACCESS EXCLUSIVE auf %1 (etwa %2 Zeilen) %3 ms lang gehalten, länger als %4 ms: So lange wartet jedes Lesen und Schreiben darauf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rehearsed: go</source>
        <translation>geprobt: Go</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rehearsed: no-go</source>
        <translation>geprobt: No-Go</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Rehearsal of %1 on the preview %2 (forked from %3 at %4)
</source>
        <translation>Probe von %1 auf der Vorschau %2 (abgezweigt von %3 bei %4)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Migrations (%1 ms):
</source>
        <translation>
Migrationen (%1 ms):
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (outside a transaction)</source>
        <translation> (außerhalb einer Transaktion)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  nothing was pending
</source>
        <translation>  nichts stand aus
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Locks held on existing tables (sampled; a hold shorter than a sample may not show):
</source>
        <translation>
Gehaltene Sperren auf bestehenden Tabellen (Stichproben; kürzeres Halten als eine Stichprobe fehlt womöglich):
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 on %2 (about %3 rows): %4 ms
</source>
        <translation>  %1 auf %2 (etwa %3 Zeilen): %4 ms
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  none seen
</source>
        <translation>  keine gesehen
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Tables rewritten:
  </source>
        <translation>
Neu geschriebene Tabellen:
  </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Schema changes (%1):
</source>
        <translation>
Schemaänderungen (%1):
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Lint (danger %1, advice %2, silenced %3):
</source>
        <translation>
Lint (Gefahren %1, Hinweise %2, unterdrückt %3):
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  nothing found
</source>
        <translation>  nichts gefunden
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GO: the preview %1 is ready to be promoted, or discarded with &quot;pixetric migrate discard %1&quot;.
</source>
        <translation>GO: Die Vorschau %1 kann übertragen oder mit „pixetric migrate discard %1“ verworfen werden.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO-GO:
  </source>
        <translation>NO-GO:
  </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total %1 ms, of which the migrations %2 ms.
</source>
        <translation>Gesamt %1 ms, davon die Migrationen %2 ms.
</translation>
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
    <name>Pixetric::SchemaComparison</name>
    <message>
        <location filename="../models/schemacomparison.cpp" line="+86"/>
        <source>FROM (%1): %2</source>
        <translation>FROM (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TO (%1): %2</source>
        <translation>TO (%1): %2</translation>
    </message>
</context>
<context>
    <name>Pixetric::SchemaComparisonResult</name>
    <message>
        <location filename="../models/schemacomparisonresult.cpp" line="+54"/>
        <source>%1 runs PostgreSQL %2 and %3 runs PostgreSQL %4: the servers may spell the same definition differently, and the migration is written for PostgreSQL %2.</source>
        <translation>Auf %1 läuft PostgreSQL %2 und auf %3 PostgreSQL %4: Die Server können dieselbe Definition unterschiedlich darstellen, und die Migration ist für PostgreSQL %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>Pixetric::SchemaDiffModel</name>
    <message>
        <location filename="../models/schemadiffmodel.cpp" line="+53"/>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collations</source>
        <translation>Sortierfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign data wrappers</source>
        <translation>Fremddaten-Wrapper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign servers</source>
        <translation>Fremdserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User mappings</source>
        <translation>Benutzerabbildungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enum types</source>
        <translation>Enum-Typen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composite types</source>
        <translation>Verbundtypen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range types</source>
        <translation>Bereichstypen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text search dictionaries</source>
        <translation>Textsuchwörterbücher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text search configurations</source>
        <translation>Textsuchkonfigurationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggregates</source>
        <translation>Aggregatfunktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Prozeduren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign tables</source>
        <translation>Fremdtabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materialized views</source>
        <translation>Materialisierte Sichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended statistics</source>
        <translation>Erweiterte Statistiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>Policys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event triggers</source>
        <translation>Ereignistrigger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publications</source>
        <translation>Publikationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default privileges</source>
        <translation>Standardprivilegien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <comment>kind row: plural kind name (number of objects shown)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in FROM</source>
        <translation>nur in FROM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in TO</source>
        <translation>nur in TO</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 only in FROM</source>
        <translation>%1 nur in FROM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 only in TO</source>
        <translation>%1 nur in TO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with changed parts</source>
        <translation>%1 mit geänderten Teilen</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n part(s) differ</source>
        <translation>
            <numerusform>%n Teil unterscheidet sich</numerusform>
            <numerusform>%n Teile unterscheiden sich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere Änderung</numerusform>
            <numerusform>… und %n weitere Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>Pixetric::SchemaDiffView</name>
    <message>
        <location filename="../ui/schemadiffview.cpp" line="+130"/>
        <location line="+127"/>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+127"/>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The compute of %1 did not start within %2 seconds. See the Operations panel for what it is doing, then press Compare again.</source>
        <translation>Der Compute für %1 ist nicht innerhalb von %2 Sekunden gestartet. Sehen Sie im Bereich „Operationen“ nach, was er gerade tut, und klicken Sie dann erneut auf „Vergleichen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the branch</source>
        <translation>den Branch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose two branches or connection strings and press Compare.</source>
        <translation>Wählen Sie zwei Branches oder Verbindungszeichenfolgen und klicken Sie auf „Vergleichen“.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>branch, or postgresql://user@host:port/database</source>
        <translation>Branch oder postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FROM: the database the migration starts from (the one it changes)</source>
        <translation>FROM: die Datenbank, von der die Migration ausgeht (die sie ändert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TO: the database the migration makes FROM look like</source>
        <translation>TO: die Datenbank, an die die Migration FROM angleicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ROM</source>
        <translation>F&amp;ROM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;O</source>
        <translation>T&amp;O</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Swap FROM and TO</source>
        <translation>FROM und TO vertauschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read both schemas and compare them</source>
        <translation>Beide Schemas lesen und vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop waiting for this comparison; its result is thrown away</source>
        <translation>Nicht länger auf diesen Vergleich warten; sein Ergebnis wird verworfen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ignore:</source>
        <translation>Ignorieren:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>o&amp;wners</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objects owned by different roles count as the same</source>
        <translation>Objekte, die verschiedenen Rollen gehören, gelten als gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;privileges</source>
        <translation>&amp;Privilegien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GRANTs and default privileges are not compared</source>
        <translation>GRANTs und Standardprivilegien werden nicht verglichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>co&amp;mments</source>
        <translation>Ko&amp;mmentare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMMENT ON texts are not compared</source>
        <translation>Texte von COMMENT ON werden nicht verglichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>white &amp;space</source>
        <translation>&amp;Leerraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine bodies and view definitions compare with runs of white space as one space</source>
        <translation>Routinenrümpfe und Sichtdefinitionen werden verglichen, als wäre jede Folge von Leerraum ein einzelnes Leerzeichen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Include schemas:</source>
        <translation>Schemas ein&amp;beziehen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare only these schemas (names separated by commas or spaces)</source>
        <translation>Nur diese Schemas vergleichen (Namen durch Kommas oder Leerzeichen getrennt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xclude:</source>
        <translation>A&amp;usschließen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never compare these schemas (names separated by commas or spaces)</source>
        <translation>Diese Schemas nie vergleichen (Namen durch Kommas oder Leerzeichen getrennt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show objects that are the same on both sides</source>
        <translation>Objekte anzeigen, die auf beiden Seiten gleich sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show objects that exist on both sides and differ</source>
        <translation>Objekte anzeigen, die auf beiden Seiten existieren und sich unterscheiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show objects that only FROM has (the migration drops them)</source>
        <translation>Objekte anzeigen, die nur FROM hat (die Migration löscht sie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show objects that only TO has (the migration creates them)</source>
        <translation>Objekte anzeigen, die nur TO hat (die Migration legt sie an)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter by name…</source>
        <translation>Nach Namen filtern…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Migration script</source>
        <translation>Migrationsskript</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole script to the clipboard</source>
        <translation>Das gesamte Skript in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ave…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the script as an .sql file</source>
        <translation>Das Skript als .sql-Datei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;Editor</source>
        <translation>Im E&amp;ditor öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the script in a new SQL tab connected to FROM, to review and run it</source>
        <translation>Das Skript in einem neuen SQL-Tab mit Verbindung zu FROM öffnen, um es zu prüfen und auszuführen</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Choose what to compare as %1: a branch, or a postgresql:// URI.</source>
        <translation>Wählen Sie, was als %1 verglichen werden soll: einen Branch oder eine postgresql://-URI.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a connection string libpq accepts: %2
Use postgresql://user@host:port/database or key=value pairs.</source>
        <translation>%1 ist keine Verbindungszeichenfolge, die libpq akzeptiert: %2
Verwenden Sie postgresql://benutzer@host:port/datenbank oder key=value-Paare.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: “%2” is no connection string, and no fabric is open to find it as a branch. Enter a postgresql:// URI.</source>
        <translation>%1: „%2“ ist keine Verbindungszeichenfolge, und es ist keine Fabric geöffnet, in der es als Branch gesucht werden könnte. Geben Sie eine postgresql://-URI ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: there is no branch “%2”. Pick one from the list, or enter a postgresql:// URI.</source>
        <translation>%1: Es gibt keinen Branch „%2“. Wählen Sie einen aus der Liste oder geben Sie eine postgresql://-URI ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: branch “%2” is being deleted.</source>
        <translation>%1: Der Branch „%2“ wird gerade gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: branch “%2” cannot be used after a failed operation; retry or delete it in the Operations panel.</source>
        <translation>%1: Der Branch „%2“ kann nach einer fehlgeschlagenen Operation nicht verwendet werden; wiederholen Sie die Operation im Bereich „Operationen“ oder löschen Sie den Branch.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: branch “%2” has no connection yet; wait until it is ready.</source>
        <translation>%1: Der Branch „%2“ hat noch keine Verbindung; warten Sie, bis er bereit ist.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Opening the fabric; the comparison begins when its branches are known.</source>
        <translation>Die Fabric wird geöffnet; der Vergleich beginnt, sobald ihre Branches bekannt sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the compute of %1; the comparison begins when it runs.</source>
        <translation>Der Compute von %1 wird gestartet; der Vergleich beginnt, sobald er läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+450"/>
        <source>Schema diff: %1 → %2</source>
        <translation>Schemavergleich: %1 → %2</translation>
    </message>
    <message>
        <location line="-430"/>
        <source>The compute of “%1” did not start: %2
See the Operations panel, then press Compare again.</source>
        <translation>Der Compute von „%1“ ist nicht gestartet: %2
Sehen Sie im Bereich „Operationen“ nach und klicken Sie dann erneut auf „Vergleichen“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled. Press Compare to start again.</source>
        <translation>Abgebrochen. Klicken Sie auf „Vergleichen“, um neu zu beginnen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Reading both schemas…</source>
        <translation>Beide Schemas werden gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No migration script could be made: %1</source>
        <translation>Es konnte kein Migrationsskript erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The schemas are the same: %n object(s) compared in %1 s.</source>
        <translation>
            <numerusform>Die Schemas sind gleich: %n Objekt in %1 s verglichen.</numerusform>
            <numerusform>Die Schemas sind gleich: %n Objekte in %1 s verglichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n object(s) compared in %1 s: </source>
        <translation>
            <numerusform>%n Objekt in %1 s verglichen: </numerusform>
            <numerusform>%n Objekte in %1 s verglichen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with differences.</source>
        <translation>
            <numerusform>%n mit Unterschieden.</numerusform>
            <numerusform>%n mit Unterschieden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Check that both servers run and that the branch names or connection strings are right, then press Compare again.</source>
        <translation>Prüfen Sie, ob beide Server laufen und die Branch-Namen oder Verbindungszeichenfolgen stimmen, und klicken Sie dann erneut auf „Vergleichen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comparison failed.</source>
        <translation>Der Vergleich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for the computes…</source>
        <translation>Warten auf die Computes…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Identical</source>
        <translation>Identisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Different</source>
        <translation>Unterschiedlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only in FROM</source>
        <translation>Nur in FROM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only in TO</source>
        <translation>Nur in TO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>filter button: name, count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>-- no statement of its own: it comes with the object it belongs to</source>
        <translation>-- keine eigene Anweisung: wird mit dem übergeordneten Objekt angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-- not in %1 (%2)</source>
        <translation>-- nicht in %1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No attribute differs.</source>
        <translation>Kein Attribut unterscheidet sich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only FROM has this object: the migration drops it.</source>
        <translation>Nur FROM hat dieses Objekt: Die Migration löscht es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only TO has this object: the migration creates it.</source>
        <translation>Nur TO hat dieses Objekt: Die Migration legt es an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — writing…</source>
        <translation> – wird erzeugt…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compare to see the statements that turn FROM into TO.</source>
        <translation>Vergleichen Sie, um die Anweisungen zu sehen, die FROM in TO überführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No script: %1</source>
        <translation>Kein Skript: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to migrate: FROM already looks like TO.</source>
        <translation>Nichts zu migrieren: FROM entspricht bereits TO.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n of them lose data</source>
        <translation>
            <numerusform>; %n davon führt zu Datenverlust</numerusform>
            <numerusform>; %n davon führen zu Datenverlust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n note(s) in the header</source>
        <translation>
            <numerusform>; %n Hinweis im Skriptkopf</numerusform>
            <numerusform>; %n Hinweise im Skriptkopf</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The migration script is on the clipboard.</source>
        <translation>Das Migrationsskript ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>Save Migration Script</source>
        <translation>Migrationsskript speichern</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: %2
Choose another place; the script is still here.</source>
        <translation>%1 konnte nicht gespeichert werden: %2
Wählen Sie einen anderen Speicherort; das Skript ist noch hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the migration script to %1.</source>
        <translation>Migrationsskript unter %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migration %1 → %2</source>
        <translation>Migration %1 → %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Schema diff</source>
        <translation>Schemavergleich</translation>
    </message>
</context>
<context>
    <name>Pixetric::SchemaObject</name>
    <message>
        <location filename="../models/schema/schemaobject.cpp" line="+71"/>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collation</source>
        <translation>Sortierfolge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foreign data wrapper</source>
        <translation>Fremddaten-Wrapper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user mapping</source>
        <translation>Benutzerabbildung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enum type</source>
        <translation>Enum-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>composite type</source>
        <translation>Verbundtyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range type</source>
        <translation>Bereichstyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text search dictionary</source>
        <translation>Textsuchwörterbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text search configuration</source>
        <translation>Textsuchkonfiguration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aggregate</source>
        <translation>Aggregatfunktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foreign table</source>
        <translation>Fremdtabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statistics</source>
        <translation>Statistikobjekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event trigger</source>
        <translation>Ereignistrigger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default privileges</source>
        <translation>Standardprivilegien</translation>
    </message>
    <message>
        <location line="+155"/>
        <source> on %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> for server %1</source>
        <translation> für Server %1</translation>
    </message>
</context>
<context>
    <name>Pixetric::SchemaReader</name>
    <message>
        <location filename="../models/schema/schemareader.cpp" line="+290"/>
        <source>The connection to the server was lost while reading the schema (%1): %2. Nothing was read; connect again and retry.</source>
        <translation>Die Verbindung zum Server ging beim Lesen des Schemas verloren (%1): %2. Es wurde nichts gelesen; verbinden Sie sich erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the schema (%1): %2</source>
        <translation>Das Schema konnte nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The schema query &quot;%1&quot; is missing from the application&apos;s resources.</source>
        <translation>Die Schema-Abfrage &quot;%1&quot; fehlt in den Ressourcen der Anwendung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The schema query &quot;%1&quot; returns a column the application does not know.</source>
        <translation>Die Schema-Abfrage &quot;%1&quot; liefert eine Spalte, die die Anwendung nicht kennt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server&apos;s answer for %1 names an unknown kind of object (%2).</source>
        <translation>Die Antwort des Servers für %1 nennt eine unbekannte Objektart (%2).</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Not connected to a server: connect first, then read the schema.</source>
        <translation>Keine Verbindung zu einem Server: Verbinden Sie sich zuerst und lesen Sie dann das Schema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server runs PostgreSQL %1; schema comparison supports versions 12 to 17.</source>
        <translation>Der Server läuft mit PostgreSQL %1; der Schemavergleich unterstützt die Versionen 12 bis 17.</translation>
    </message>
</context>
<context>
    <name>Pixetric::ServiceAccount</name>
    <message>
        <location filename="../models/fabric/serviceaccount.cpp" line="+179"/>
        <source>Could not start %1: %2. Check that PostgreSQL&apos;s server programs are installed and can be run.</source>
        <translation>%1 konnte nicht gestartet werden: %2. Prüfen Sie, ob die Serverprogramme von PostgreSQL installiert und ausführbar sind.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not finish within %2 seconds and was stopped. It printed: %3</source>
        <translation>%1 war nach %2 Sekunden nicht fertig und wurde abgebrochen. Ausgabe: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The account %1, which runs PostgreSQL&apos;s servers for this program, does not exist. Install PostgreSQL&apos;s server package (it creates the account), or run the program as an ordinary user.</source>
        <translation>Das Konto %1, unter dem die PostgreSQL-Server für dieses Programm laufen, existiert nicht. Installieren Sie das Serverpaket von PostgreSQL (es legt das Konto an), oder starten Sie das Programm als normaler Benutzer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not hand %1 to the account %2: %3.</source>
        <translation>Der Besitz von %1 konnte nicht an das Konto %2 übertragen werden: %3.</translation>
    </message>
</context>
<context>
    <name>Pixetric::ThreeWayDiff</name>
    <message>
        <location filename="../models/schema/threewaydiff.cpp" line="+13"/>
        <source>kept</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 is changed on both sides, differently: %2</source>
        <translation>%1 wurde auf beiden Seiten unterschiedlich geändert: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is added on both sides, differently</source>
        <translation>%1 wurde auf beiden Seiten unterschiedlich hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 on one side and %3 on the other</source>
        <translation>%1 ist auf einer Seite %2 und auf der anderen %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, %2 on one side, needs %3, which the other side dropped</source>
        <translation>%1 (auf einer Seite %2) benötigt %3, doch die andere Seite hat dieses Objekt gelöscht</translation>
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
        <location filename="../app/studio/main.cpp" line="+40"/>
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
    <message>
        <location line="+2"/>
        <source>Use the local fabric in this folder (default: $PIXETRIC_FABRIC, else the application&apos;s data folder). An empty folder gets a branch “main”.</source>
        <translation>Die lokale Fabric in diesem Ordner verwenden (Standard: $PIXETRIC_FABRIC, sonst der Datenordner der Anwendung). Ein leerer Ordner erhält einen Branch „main“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open no fabric: no branch tree, the SQL workbench only.</source>
        <translation>Keine Fabric öffnen: kein Branch-Baum, nur der SQL-Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a schema diff of FROM and TO (branch names or postgresql:// URIs) and compare them.</source>
        <translation>Einen Schemavergleich von FROM und TO (Branch-Namen oder postgresql://-URIs) öffnen und ausführen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --compare: the two sides of the schema diff.</source>
        <translation>Mit --compare: die beiden Seiten des Schemavergleichs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pixetric-studio: --compare takes two arguments, FROM and TO, and they go with --compare only.
</source>
        <translation>pixetric-studio: --compare erwartet zwei Argumente, FROM und TO, und diese sind nur zusammen mit --compare erlaubt.
</translation>
    </message>
</context>
</TS>
