<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Briefing Desk</source>
      <translation>Acerca de Briefing Desk</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>&amp;Acerca de</translation>
    </message>
    <message>
      <source>&amp;Licences</source>
      <translation>&amp;Licencias</translation>
    </message>
  </context>
  <context>
    <name>AknExport</name>
    <message>
      <source>Export draft as Akoma Ntoso</source>
      <translation>Exportar el proyecto a Akoma Ntoso</translation>
    </message>
    <message>
      <source>Add the public and coalition &amp;concerns on each provision as authorial notes</source>
      <translation>Añadir las &amp;preocupaciones públicas y de la coalición sobre cada disposición como notas de autor</translation>
    </message>
    <message>
      <source>Attach our public and coalition &amp;amendments as amendment documents (each a redline of its provision)</source>
      <translation>Adjuntar nuestras &amp;enmiendas públicas y de la coalición como documentos de enmienda (cada una como control de cambios de su disposición)</translation>
    </message>
    <message>
      <source>Internal and personal records never go into the file.</source>
      <translation>Los elementos internos y personales nunca van al archivo.</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exportar</translation>
    </message>
    <message>
      <source>Choose a provision of the version to export first.</source>
      <translation>Elija primero una disposición de la versión que desea exportar.</translation>
    </message>
    <message>
      <source>Exported to {path}</source>
      <translation>Exportado a {path}</translation>
    </message>
    <message>
      <source>Exported to {path} with {n} amendment attached</source>
      <translation>Exportado a {path} con {n} enmienda adjunta</translation>
    </message>
    <message>
      <source>Exported to {path} with {n} amendments attached</source>
      <translation>Exportado a {path} con {n} enmiendas adjuntas</translation>
    </message>
    <message>
      <source>Export draft</source>
      <translation>Exportar proyecto</translation>
    </message>
    <message>
      <source>Writing Akoma Ntoso…</source>
      <translation>Escribiendo Akoma Ntoso…</translation>
    </message>
    <message>
      <source>Export cancelled.</source>
      <translation>Exportación cancelada.</translation>
    </message>
    <message>
      <source>Nothing was written.</source>
      <translation>No se escribió nada.</translation>
    </message>
  </context>
  <context>
    <name>AmendmentDialog</name>
    <message>
      <source>Redline preview</source>
      <translation>Vista previa del control de cambios</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <source>Cannot show the change: {error}.</source>
      <translation>No se puede mostrar el cambio: {error}.</translation>
    </message>
    <message>
      <source>The passage amended must be copied exactly from the provision's text.</source>
      <translation>El pasaje modificado debe copiarse tal cual del texto de la disposición.</translation>
    </message>
  </context>
  <context>
    <name>BackupsController</name>
    <message>
      <source>Restore a backup</source>
      <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
      <source>Make the workspace exactly as it was on {0}? What it holds now is backed up first.</source>
      <translation>¿Dejar el espacio de trabajo exactamente como estaba el {0}? Antes se guarda una copia de lo que contiene ahora.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurar</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
      <source>Restore cancelled: nothing was changed.</source>
      <translation>Restauración cancelada: no se cambió nada.</translation>
    </message>
    <message>
      <source>Backup restored; the state before it is kept as {0}.</source>
      <translation>Copia de seguridad restaurada; el estado anterior se conserva como {0}.</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Restore a backup</source>
      <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
      <source>{0} — {1:.1f} MB</source>
      <translation>{0} — {1:.1f} MB</translation>
    </message>
    <message>
      <source>{0}, before importing {1}</source>
      <translation>{0}, antes de importar {1}</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Restaurar…</translation>
    </message>
    <message>
      <source>The workspace becomes exactly as it was then; what it holds now is backed up first, so you can come back to it here.</source>
      <translation>El espacio de trabajo vuelve a estar exactamente como entonces; antes se guarda una copia de lo que contiene ahora, para que pueda volver a ello aquí.</translation>
    </message>
    <message>
      <source>No backups yet: one is taken before every import.</source>
      <translation>Aún no hay copias de seguridad: se hace una antes de cada importación.</translation>
    </message>
  </context>
  <context>
    <name>BatchExportDialog</name>
    <message>
      <source>Folder for the packs</source>
      <translation>Carpeta para los dosieres</translation>
    </message>
    <message>
      <source>As saved for each delegation</source>
      <translation>Según lo guardado para cada delegación</translation>
    </message>
    <message>
      <source>Complete packs: every selected provision and concern</source>
      <translation>Dosieres completos: todas las disposiciones y preocupaciones seleccionadas</translation>
    </message>
    <message>
      <source>Otherwise each pack covers the 40 provisions most important for its delegation and says how many more</source>
      <translation>De lo contrario, cada dosier abarca las 40 disposiciones más importantes para su delegación e indica cuántas más hay</translation>
    </message>
    <message>
      <source>Export packs for several delegations</source>
      <translation>Exportar dosieres para varias delegaciones</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
      <source>Select &amp;none</source>
      <translation>Seleccionar &amp;ninguno</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>E&amp;xaminar…</translation>
    </message>
    <message>
      <source>{severity} or higher</source>
      <translation>{severity} o superior</translation>
    </message>
    <message>
      <source>Delegations to export</source>
      <translation>Delegaciones que exportar</translation>
    </message>
    <message>
      <source>Pack template</source>
      <translation>Modelo de dosier</translation>
    </message>
    <message>
      <source>Minimum severity</source>
      <translation>Gravedad mínima</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exportar</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>&amp;Carpeta:</translation>
    </message>
    <message>
      <source>&amp;Template:</source>
      <translation>&amp;Modelo:</translation>
    </message>
    <message>
      <source>Minimum &amp;severity:</source>
      <translation>Gra&amp;vedad mínima:</translation>
    </message>
    <message>
      <source>No delegations yet: a pack is made for one delegation. View → Delegations, Add delegation… adds one; its positions and the concerns that matter to it then shape its pack.</source>
      <translation>Todavía no hay delegaciones: cada dosier se hace para una delegación. Ver → Delegaciones, Añadir delegación… añade una; sus posiciones y las preocupaciones que le importan dan forma a su dosier.</translation>
    </message>
    <message numerus="yes">
      <source>{chosen} of %n delegation(s) chosen</source>
      <translation>
        <numerusform>{chosen} de %n delegación elegida</numerusform>
        <numerusform>{chosen} de %n delegaciones elegidas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Bundles</name>
    <message>
      <source>Rows marked internal (meeting notes, contacts, internal analysis) will be in the bundle. Share it only with people who may read them. Personal rows never leave.</source>
      <translation>Las filas marcadas como internas (notas de reuniones, contactos, análisis internos) irán en el lote. Compártalo solo con personas que puedan leerlas. Las filas personales nunca salen.</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nuevo</translation>
    </message>
    <message>
      <source>Updated (take theirs)</source>
      <translation>Actualizado (su versión)</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Sin cambios</translation>
    </message>
    <message>
      <source>Keep mine</source>
      <translation>Conservar la mía</translation>
    </message>
    <message>
      <source>Conflicting</source>
      <translation>En conflicto</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Eliminado</translation>
    </message>
    <message>
      <source>Proposed (you decide)</source>
      <translation>Propuesto (usted decide)</translation>
    </message>
    <message>
      <source>Protected (internal here)</source>
      <translation>Protegido (interno aquí)</translation>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>Exportar lote</translation>
    </message>
    <message>
      <source>The whole workspace</source>
      <translation>Todo el espacio de trabajo</translation>
    </message>
    <message>
      <source>Only this selection:</source>
      <translation>Solo esta selección:</translation>
    </message>
    <message>
      <source>Documents
(versions, provisions, amendments, positions)</source>
      <translation>Documentos
(versiones, disposiciones, enmiendas, posiciones)</translation>
    </message>
    <message>
      <source>Delegations
(with their positions)</source>
      <translation>Delegaciones
(con sus posiciones)</translation>
    </message>
    <message>
      <source>Concern categories
(with what they cite)</source>
      <translation>Categorías de preocupaciones
(con lo que citan)</translation>
    </message>
    <message>
      <source>Concerns by organization
(with what they cite)</source>
      <translation>Preocupaciones por organización
(con lo que citan)</translation>
    </message>
    <message>
      <source>Include rows marked internal</source>
      <translation>Incluir las filas marcadas como internas</translation>
    </message>
    <message>
      <source>Your organization, as partners will see it</source>
      <translation>Su organización, tal como la verán los socios</translation>
    </message>
    <message>
      <source>A line for the recipient</source>
      <translation>Una línea para el destinatario</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>Rows marked personal never leave this computer; rows marked internal stay unless you include them below.</source>
      <translation>Las filas marcadas como personales nunca salen de este ordenador; las internas se quedan salvo que las incluya abajo.</translation>
    </message>
    <message>
      <source>Import {file}</source>
      <translation>Importar {file}</translation>
    </message>
    <message>
      <source>From: {organization}</source>
      <translation>De: {organization}</translation>
    </message>
    <message>
      <source>an unnamed organization</source>
      <translation>una organización sin nombre</translation>
    </message>
    <message>
      <source>Made: {date} with Briefing Desk {version}</source>
      <translation>Creado: {date} con Briefing Desk {version}</translation>
    </message>
    <message>
      <source>Description: {text}</source>
      <translation>Descripción: {text}</translation>
    </message>
    <message>
      <source>Bundle: {id}</source>
      <translation>Lote: {id}</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Elementos</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>A backup is taken first; Tools → Undo last import restores it. </source>
      <translation>Antes se hace una copia de seguridad; Herramientas → Deshacer la última importación la restaura. </translation>
    </message>
    <message>
      <source>{n} conflicting rows keep your version; theirs wait in Resolve conflicts.</source>
      <translation>{n} filas en conflicto conservan su versión; la de ellos espera en Resolver conflictos.</translation>
    </message>
    <message>
      <source>No conflicts.</source>
      <translation>Ningún conflicto.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
  </context>
  <context>
    <name>BundlesController</name>
    <message>
      <source>Your workspace is unchanged.</source>
      <translation>Su espacio de trabajo no se ha modificado.</translation>
    </message>
    <message>
      <source>Briefing Desk bundles (*{suffix});;All files (*)</source>
      <translation>Lotes de Briefing Desk (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Import bundle</source>
      <translation>Importar un lote</translation>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>Exportar lote</translation>
    </message>
    <message>
      <source>Writing the bundle…</source>
      <translation>Escribiendo el lote…</translation>
    </message>
    <message numerus="yes">
      <source>Wrote {file}: %n row(s).</source>
      <translation>
        <numerusform>Se escribió {file}: %n fila.</numerusform>
        <numerusform>Se escribió {file}: %n filas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) stayed here (sensitivity, or they refer to rows that stayed).</source>
      <translation>
        <numerusform>%n fila se quedó aquí (confidencialidad, o remite a filas que se quedaron).</numerusform>
        <numerusform>%n filas se quedaron aquí (confidencialidad, o remiten a filas que se quedaron).</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking {file}…</source>
      <translation>Comprobando {file}…</translation>
    </message>
    <message>
      <source>{file}: this workspace already has everything in it.</source>
      <translation>{file}: este espacio de trabajo ya contiene todo lo que trae.</translation>
    </message>
    <message>
      <source>Importing {file}…</source>
      <translation>Importando {file}…</translation>
    </message>
    <message>
      <source>an unnamed organization</source>
      <translation>una organización sin nombre</translation>
    </message>
    <message numerus="yes">
      <source>Imported {file} from {organization}; %n conflict(s) or proposal(s) wait in Tools → Resolve conflicts.</source>
      <translation>
        <numerusform>Se importó {file} de {organization}; %n conflicto o propuesta espera en Herramientas → Resolver conflictos.</numerusform>
        <numerusform>Se importó {file} de {organization}; %n conflictos o propuestas esperan en Herramientas → Resolver conflictos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Imported {file} from {organization}.</source>
      <translation>Se importó {file} de {organization}.</translation>
    </message>
    <message>
      <source>Undo last import</source>
      <translation>Deshacer la última importación</translation>
    </message>
    <message>
      <source>There is no import to undo.</source>
      <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
      <source>Restore the workspace as it was before importing {file} ({when})?</source>
      <translation>¿Restablecer el espacio de trabajo tal como estaba antes de importar {file} ({when})?</translation>
    </message>
    <message>
      <source>Undo import</source>
      <translation>Deshacer la importación</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
      <source>Changes made after the import will be lost.</source>
      <translation>Se perderán los cambios hechos después de la importación.</translation>
    </message>
    <message>
      <source>Undo anyway</source>
      <translation>Deshacer de todos modos</translation>
    </message>
    <message>
      <source>Undid the import of {file}.</source>
      <translation>Se deshizo la importación de {file}.</translation>
    </message>
    <message>
      <source>Check workspace</source>
      <translation>Comprobar el espacio de trabajo</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) found:</source>
      <translation>
        <numerusform>Se encontró %n problema:</numerusform>
        <numerusform>Se encontraron %n problemas:</numerusform>
      </translation>
    </message>
    <message>
      <source>Restore a backup from the backups folder.</source>
      <translation>Restaure una copia de seguridad desde la carpeta de copias.</translation>
    </message>
    <message>
      <source>Integrity and foreign-key checks passed.</source>
      <translation>Las comprobaciones de integridad y de claves externas son correctas.</translation>
    </message>
    <message>
      <source>Resolve conflicts</source>
      <translation>Resolver conflictos</translation>
    </message>
    <message>
      <source>Contributions</source>
      <translation>Contribuciones</translation>
    </message>
    <message>
      <source>The bundle was refused; your workspace is unchanged.</source>
      <translation>Se rechazó el lote; su espacio de trabajo no se ha modificado.</translation>
    </message>
    <message>
      <source>{title} cancelled: nothing was changed.</source>
      <translation>{title}: cancelado, no se modificó nada.</translation>
    </message>
    <message>
      <source>Partner keys</source>
      <translation>Claves de los socios</translation>
    </message>
    <message>
      <source>&amp;Import bundle…</source>
      <translation>&amp;Importar lote…</translation>
    </message>
    <message>
      <source>Merge a bundle from a coalition partner</source>
      <translation>Combinar un lote de un socio de la coalición</translation>
    </message>
    <message>
      <source>E&amp;xport bundle…</source>
      <translation>E&amp;xportar lote…</translation>
    </message>
    <message>
      <source>Share a selection of this workspace as a bundle file</source>
      <translation>Compartir una selección de este espacio de trabajo como archivo de lote</translation>
    </message>
    <message>
      <source>&amp;Undo last import…</source>
      <translation>&amp;Deshacer la última importación…</translation>
    </message>
    <message>
      <source>Restore the workspace as it was before the last bundle import</source>
      <translation>Devolver el espacio de trabajo al estado anterior a la última importación de lote</translation>
    </message>
    <message>
      <source>&amp;Resolve conflicts…</source>
      <translation>&amp;Resolver conflictos…</translation>
    </message>
    <message>
      <source>Contributions by &amp;organization…</source>
      <translation>Contribuciones por &amp;organización…</translation>
    </message>
    <message>
      <source>&amp;Check workspace…</source>
      <translation>&amp;Comprobar el espacio de trabajo…</translation>
    </message>
    <message>
      <source>Run integrity and foreign-key checks on the workspace file</source>
      <translation>Comprobar la integridad y las claves externas del archivo del espacio de trabajo</translation>
    </message>
    <message>
      <source>Partner &amp;keys…</source>
      <translation>Cla&amp;ves de los socios…</translation>
    </message>
    <message>
      <source>Your key's fingerprint, the partners' keys you trust, and whether only trusted bundles come in</source>
      <translation>La huella de su clave, las claves de los socios en las que confía y si solo entran lotes de confianza</translation>
    </message>
    <message>
      <source>Restore a &amp;backup…</source>
      <translation>Restaurar una copia de &amp;seguridad…</translation>
    </message>
    <message>
      <source>Make the workspace exactly as it was in one of its backups</source>
      <translation>Dejar el espacio de trabajo exactamente como estaba en una de sus copias de seguridad</translation>
    </message>
    <message>
      <source>Coa&amp;lition folder…</source>
      <translation>Carpeta de la coa&amp;lición…</translation>
    </message>
    <message>
      <source>Share bundles with partners through a folder a sync engine keeps in step</source>
      <translation>Compartir lotes con los socios mediante una carpeta que un sistema de sincronización mantiene al día</translation>
    </message>
  </context>
  <context>
    <name>Card</name>
    <message>
      <source>{action} ({record})</source>
      <translation>{action} ({record})</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>Seleccionar &amp;todo</translation>
    </message>
  </context>
  <context>
    <name>Cards</name>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Add note…</source>
      <translation>Añadir nota…</translation>
    </message>
    <message>
      <source>note “{text}”</source>
      <translation>nota «{text}»</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>No notes.</source>
      <translation>Ninguna nota.</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contactos</translation>
    </message>
    <message>
      <source>contact {name}</source>
      <translation>contacto {name}</translation>
    </message>
    <message>
      <source>No contacts.</source>
      <translation>Ningún contacto.</translation>
    </message>
  </context>
  <context>
    <name>Coalition</name>
    <message>
      <source>{0}: refused — {1}</source>
      <translation>{0}: rechazado — {1}</translation>
    </message>
    <message>
      <source>{0} — from {1}, made {2}; {3}</source>
      <translation>{0} — de {1}, creado el {2}; {3}</translation>
    </message>
  </context>
  <context>
    <name>CoalitionController</name>
    <message>
      <source>Coalition folder</source>
      <translation>Carpeta de la coalición</translation>
    </message>
    <message>
      <source>Syncing the coalition folder…</source>
      <translation>Sincronizando la carpeta de la coalición…</translation>
    </message>
    <message>
      <source>Coalition sync cancelled.</source>
      <translation>Sincronización de la coalición cancelada.</translation>
    </message>
    <message>
      <source>Coalition folder: {0} imported, {1} waiting (Tools → Coalition folder…)</source>
      <translation>Carpeta de la coalición: {0} importado(s), {1} en espera (Herramientas → Carpeta de la coalición…)</translation>
    </message>
  </context>
  <context>
    <name>CoalitionDialog</name>
    <message>
      <source>Coalition folder</source>
      <translation>Carpeta de la coalición</translation>
    </message>
    <message>
      <source>A folder Syncthing, Nextcloud or a network share keeps in step</source>
      <translation>Una carpeta que Syncthing, Nextcloud o un recurso compartido de red mantiene al día</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>only when asked</source>
      <translation>solo cuando se pida</translation>
    </message>
    <message>
      <source>Import bundles signed by trusted partners without asking</source>
      <translation>Importar sin preguntar los lotes firmados por socios de confianza</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Sincronizar ahora</translation>
    </message>
    <message>
      <source>Preview and import…</source>
      <translation>Vista previa e importación…</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Carpeta</translation>
    </message>
    <message>
      <source>Sync every</source>
      <translation>Sincronizar cada</translation>
    </message>
    <message>
      <source>Partners' bundles waiting in the folder (each is previewed before it is imported):</source>
      <translation>Lotes de los socios en espera en la carpeta (cada uno se muestra antes de importarlo):</translation>
    </message>
    <message>
      <source>No coalition folder yet. Choose… a folder that Syncthing, Nextcloud or a network share keeps in step with your partners: the bundles they drop there show up here, and yours are written there.</source>
      <translation>Todavía no hay carpeta de coalición. Elegir… una carpeta que Syncthing, Nextcloud o un recurso de red compartido mantiene al día con sus socios: los lotes que ellos dejan allí aparecen aquí, y los suyos se escriben allí.</translation>
    </message>
    <message>
      <source>Nothing new from partners. Sync now looks in the folder again; it also looks every few minutes (Sync every).</source>
      <translation>Nada nuevo de los socios. Sincronizar ahora vuelve a mirar en la carpeta; también mira cada pocos minutos (Sincronizar cada).</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <source>Show unchanged provisions</source>
      <translation>Mostrar las disposiciones sin cambios</translation>
    </message>
    <message>
      <source>&amp;Document</source>
      <translation>&amp;Documento:</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>Versiones</translation>
    </message>
    <message>
      <source>&amp;Inline redline</source>
      <translation>Control de cambios &amp;integrado</translation>
    </message>
    <message>
      <source>&amp;Side by side</source>
      <translation>&amp;Lado a lado</translation>
    </message>
    <message>
      <source>Choose two different versions.</source>
      <translation>Elija dos versiones distintas.</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>both of you changed it</source>
      <translation>ambos lo modificaron</translation>
    </message>
    <message>
      <source>you deleted it (or a row it needs); they changed it</source>
      <translation>usted lo eliminó (o un elemento del que depende); ellos lo modificaron</translation>
    </message>
    <message>
      <source>they deleted it; you changed it (or work of yours depends on it)</source>
      <translation>ellos lo eliminaron; usted lo modificó (o parte de su trabajo depende de ello)</translation>
    </message>
    <message>
      <source>they propose this change to a row they do not own here</source>
      <translation>proponen este cambio en un elemento que aquí no les pertenece</translation>
    </message>
    <message>
      <source>they propose deleting a row they do not own here</source>
      <translation>proponen eliminar un elemento que aquí no les pertenece</translation>
    </message>
    <message>
      <source>Proposal</source>
      <translation>Propuesta</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflicto</translation>
    </message>
    <message>
      <source>They delete this row.</source>
      <translation>Eliminan este elemento.</translation>
    </message>
    <message>
      <source>Only timestamps differ.</source>
      <translation>Solo difieren las fechas de modificación.</translation>
    </message>
    <message>
      <source>Resolve conflicts and proposals</source>
      <translation>Resolver conflictos y propuestas</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>La mía</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>La suya</translation>
    </message>
    <message>
      <source>Merged (editable)</source>
      <translation>Combinada (editable)</translation>
    </message>
    <message>
      <source>Only changed fields</source>
      <translation>Solo los campos modificados</translation>
    </message>
    <message>
      <source>Changes, as a redline from yours to theirs</source>
      <translation>Cambios, con control de cambios de la suya a la de ellos</translation>
    </message>
    <message>
      <source>Apply to all remaining conflicts</source>
      <translation>Aplicar a todos los conflictos restantes</translation>
    </message>
    <message>
      <source>Keep mine</source>
      <translation>Conservar la mía</translation>
    </message>
    <message>
      <source>Take theirs</source>
      <translation>Tomar la de ellos</translation>
    </message>
    <message>
      <source>Save merged</source>
      <translation>Guardar la combinación</translation>
    </message>
    <message>
      <source>Accept all from this bundle</source>
      <translation>Aceptar todo este lote</translation>
    </message>
    <message>
      <source>Reject all from this bundle</source>
      <translation>Rechazar todo este lote</translation>
    </message>
    <message>
      <source>Nothing waits for a decision. When a partner's bundle changes a record you changed too, or proposes a change to your own text, it waits here until you keep yours, take theirs or merge the two (File → Import bundle… brings a partner's bundle).</source>
      <translation>Nada espera una decisión. Cuando el lote de un socio cambia un elemento que usted también cambió, o propone un cambio a su propio texto, espera aquí hasta que usted conserve el suyo, tome el de ellos o combine los dos (Archivo → Importar lote… trae el lote de un socio).</translation>
    </message>
    <message>
      <source>Nothing waits for a decision.</source>
      <translation>Nada espera una decisión.</translation>
    </message>
    <message>
      <source>Reject (keep mine)</source>
      <translation>Rechazar (conservar la mía)</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>Aceptar</translation>
    </message>
    <message>
      <source>an earlier import</source>
      <translation>una importación anterior</translation>
    </message>
    <message numerus="yes">
      <source>Accept all %n from this bundle</source>
      <translation>
        <numerusform>Aceptar %n elemento de este lote</numerusform>
        <numerusform>Aceptar los %n elementos de este lote</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Reject all %n from this bundle</source>
      <translation>
        <numerusform>Rechazar %n elemento de este lote</numerusform>
        <numerusform>Rechazar los %n elementos de este lote</numerusform>
      </translation>
    </message>
    <message>
      <source>Theirs comes from {organization} ({bundle}): {kind}.</source>
      <translation>Su versión viene de {organization} ({bundle}): {kind}.</translation>
    </message>
    <message>
      <source>an unnamed organization</source>
      <translation>una organización sin nombre</translation>
    </message>
    <message>
      <source>(deleted)</source>
      <translation>(eliminado)</translation>
    </message>
    <message>
      <source>Reject {title}</source>
      <translation>Rechazar {title}</translation>
    </message>
    <message>
      <source>Accept {title}</source>
      <translation>Aceptar {title}</translation>
    </message>
    <message>
      <source>Merge {title}</source>
      <translation>Combinar {title}</translation>
    </message>
    <message numerus="yes">
      <source>Reject %n proposals and conflicts</source>
      <translation>
        <numerusform>Rechazar %n propuesta o conflicto</numerusform>
        <numerusform>Rechazar %n propuestas y conflictos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Accept %n proposals and conflicts</source>
      <translation>
        <numerusform>Aceptar %n propuesta o conflicto</numerusform>
        <numerusform>Aceptar %n propuestas y conflictos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Merge %n proposals and conflicts</source>
      <translation>
        <numerusform>Combinar %n propuesta o conflicto</numerusform>
        <numerusform>Combinar %n propuestas y conflictos</numerusform>
      </translation>
    </message>
    <message>
      <source>Resolve conflict</source>
      <translation>Resolver el conflicto</translation>
    </message>
    <message>
      <source>Not saved: {error}</source>
      <translation>No guardado: {error}</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
  </context>
  <context>
    <name>Details</name>
    <message>
      <source>bundle {file}</source>
      <translation>lote {file}</translation>
    </message>
    <message>
      <source>an unnamed organization</source>
      <translation>una organización sin nombre</translation>
    </message>
    <message>
      <source>Contributed by {organization}</source>
      <translation>Aportado por {organization}</translation>
    </message>
    <message>
      <source>Version: {label}</source>
      <translation>Versión: {label}</translation>
    </message>
    <message>
      <source>dated {date}</source>
      <translation>con fecha {date}</translation>
    </message>
    <message>
      <source>Compare versions…</source>
      <translation>Comparar versiones…</translation>
    </message>
    <message>
      <source>New in this version (not in {earlier}).</source>
      <translation>Nuevo en esta versión (no figura en {earlier}).</translation>
    </message>
    <message>
      <source>Changed since {earlier} (there: {label}).</source>
      <translation>Modificado desde {earlier} (allí: {label}).</translation>
    </message>
    <message>
      <source>Source: {source}</source>
      <translation>Fuente: {source}</translation>
    </message>
    <message>
      <source>source “{title}”</source>
      <translation>fuente «{title}»</translation>
    </message>
    <message>
      <source>Evidence case: {case}</source>
      <translation>Caso documentado: {case}</translation>
    </message>
    <message>
      <source>case “{title}”</source>
      <translation>caso «{title}»</translation>
    </message>
    <message>
      <source>concern “{title}”</source>
      <translation>preocupación «{title}»</translation>
    </message>
    <message>
      <source>No concerns recorded for this provision.</source>
      <translation>No hay preocupaciones registradas para esta disposición.</translation>
    </message>
    <message>
      <source>The amended passage no longer appears in the text.</source>
      <translation>El pasaje modificado ya no figura en el texto.</translation>
    </message>
    <message>
      <source>Proposed: {text}</source>
      <translation>Propuesto: {text}</translation>
    </message>
    <message>
      <source>Amendment</source>
      <translation>Enmienda</translation>
    </message>
    <message>
      <source>Rationale:</source>
      <translation>Justificación:</translation>
    </message>
    <message>
      <source>Supported by: {names}</source>
      <translation>Apoyado por: {names}</translation>
    </message>
    <message>
      <source>Answers: {titles}</source>
      <translation>Responde a: {titles}</translation>
    </message>
    <message>
      <source>amendment “{title}”</source>
      <translation>enmienda «{title}»</translation>
    </message>
    <message>
      <source>No amendments recommended for this provision.</source>
      <translation>No se recomiendan enmiendas para esta disposición.</translation>
    </message>
    <message>
      <source>No positions recorded on this provision or its amendments.</source>
      <translation>No hay posiciones registradas sobre esta disposición o sus enmiendas.</translation>
    </message>
    <message>
      <source>{mark}: no public source supports this position; it is an illustration, not a record.</source>
      <translation>{mark}: ninguna fuente pública respalda esta posición; es una ilustración, no un registro.</translation>
    </message>
    <message>
      <source>confidence {level}</source>
      <translation>fiabilidad {level}</translation>
    </message>
    <message>
      <source>position of {delegation}</source>
      <translation>posición de {delegation}</translation>
    </message>
    <message>
      <source>On the provision</source>
      <translation>Sobre la disposición</translation>
    </message>
    <message>
      <source>On its amendments</source>
      <translation>Sobre sus enmiendas</translation>
    </message>
    <message>
      <source>Amendment: {title}</source>
      <translation>Enmienda: {title}</translation>
    </message>
    <message>
      <source>priority {level}</source>
      <translation>prioridad {level}</translation>
    </message>
    <message>
      <source>languages: {codes}</source>
      <translation>idiomas: {codes}</translation>
    </message>
    <message>
      <source>Member of: {names}</source>
      <translation>Miembro de: {names}</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message numerus="yes">
      <source>Positions (%n)</source>
      <translation>
        <numerusform>Posiciones (%n)</numerusform>
        <numerusform>Posiciones (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>position on {target}</source>
      <translation>posición sobre {target}</translation>
    </message>
    <message>
      <source>None recorded.</source>
      <translation>Ninguna registrada.</translation>
    </message>
    <message>
      <source>Internal notes</source>
      <translation>Notas internas</translation>
    </message>
  </context>
  <context>
    <name>DraftCompare</name>
    <message>
      <source>unchanged</source>
      <translation>sin cambios</translation>
    </message>
    <message>
      <source>renumbered</source>
      <translation>renumerada</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>modificada</translation>
    </message>
    <message>
      <source>added</source>
      <translation>añadida</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>suprimida</translation>
    </message>
    <message numerus="yes">
      <source>%n renumbered</source>
      <translation>
        <numerusform>%n renumerada</numerusform>
        <numerusform>%n renumeradas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n changed</source>
      <translation>
        <numerusform>%n modificada</numerusform>
        <numerusform>%n modificadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n added</source>
      <translation>
        <numerusform>%n añadida</numerusform>
        <numerusform>%n añadidas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n removed</source>
      <translation>
        <numerusform>%n suprimida</numerusform>
        <numerusform>%n suprimidas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>%n sin cambios</numerusform>
        <numerusform>%n sin cambios</numerusform>
      </translation>
    </message>
    <message>
      <source>no provision changed</source>
      <translation>ninguna disposición modificada</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Cambio</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Disposición</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Epígrafe</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Parte modificada</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
  </context>
  <context>
    <name>DraftImport</name>
    <message>
      <source>Import draft — {file}</source>
      <translation>Importar proyecto — {file}</translation>
    </message>
    <message>
      <source>New document…</source>
      <translation>Documento nuevo…</translation>
    </message>
    <message>
      <source>e.g. Rev.3</source>
      <translation>p. ej. Rev.3</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Disposición</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Epígrafe</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Línea</translation>
    </message>
    <message>
      <source>Why it was not placed</source>
      <translation>Por qué no se colocó</translation>
    </message>
    <message>
      <source>&amp;Next: review mapping…</source>
      <translation>&amp;Siguiente: revisar la correspondencia…</translation>
    </message>
    <message>
      <source>&amp;Document</source>
      <translation>&amp;Documento:</translation>
    </message>
    <message>
      <source>New document &amp;title</source>
      <translation>&amp;Título del documento nuevo:</translation>
    </message>
    <message>
      <source>Version &amp;label</source>
      <translation>&amp;Etiqueta de la versión:</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>Fec&amp;ha:</translation>
    </message>
    <message>
      <source>&amp;Map against</source>
      <translation>&amp;Comparar con:</translation>
    </message>
    <message>
      <source>Found {summary}.</source>
      <translation>Encontrado: {summary}.</translation>
    </message>
    <message>
      <source>Lines that could not be placed (check them in the file before saving):</source>
      <translation>Líneas que no se pudieron colocar (compruébelas en el archivo antes de guardar):</translation>
    </message>
    <message>
      <source>Every line was placed.</source>
      <translation>Se colocaron todas las líneas.</translation>
    </message>
    <message>
      <source>(first version: nothing to map against)</source>
      <translation>(primera versión: nada con que comparar)</translation>
    </message>
    <message>
      <source>Previous draft</source>
      <translation>Proyecto anterior</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Pasa a ser</translation>
    </message>
    <message>
      <source>Also split into</source>
      <translation>También dividido en</translation>
    </message>
    <message>
      <source>Proposal</source>
      <translation>Propuesta</translation>
    </message>
    <message>
      <source>Similarity</source>
      <translation>Similitud</translation>
    </message>
    <message>
      <source>Map {version} onto {base}</source>
      <translation>Hacer corresponder {version} con {base}</translation>
    </message>
    <message>
      <source>&amp;Save new version</source>
      <translation>&amp;Guardar la nueva versión</translation>
    </message>
    <message>
      <source>Check what each provision of the previous draft became. Concerns, amendments and positions follow these choices.</source>
      <translation>Compruebe en qué se convirtió cada disposición del proyecto anterior. Las preocupaciones, enmiendas y posiciones siguen estas decisiones.</translation>
    </message>
    <message>
      <source>— deleted —</source>
      <translation>— suprimida —</translation>
    </message>
    <message>
      <source>Proposal: {counts}.</source>
      <translation>Propuesta: {counts}.</translation>
    </message>
    <message>
      <source>New in this draft: {names}.</source>
      <translation>Nuevo en este proyecto: {names}.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguna</translation>
    </message>
    <message>
      <source>{name}: also split into</source>
      <translation>{name}: también dividido en</translation>
    </message>
  </context>
  <context>
    <name>DraftReview</name>
    <message>
      <source>carried unchanged</source>
      <translation>trasladada sin cambios</translation>
    </message>
    <message>
      <source>base text changed</source>
      <translation>texto base modificado</translation>
    </message>
    <message>
      <source>possibly adopted</source>
      <translation>posiblemente adoptada</translation>
    </message>
    <message>
      <source>orphaned (provision deleted)</source>
      <translation>huérfana (disposición suprimida)</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>resuelta</translation>
    </message>
    <message>
      <source>new provision</source>
      <translation>nueva disposición</translation>
    </message>
    <message>
      <source>concern</source>
      <translation>preocupación</translation>
    </message>
    <message>
      <source>amendment</source>
      <translation>enmienda</translation>
    </message>
    <message>
      <source>position</source>
      <translation>posición</translation>
    </message>
    <message>
      <source>provision</source>
      <translation>disposición</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Elemento</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Was on</source>
      <translation>Estaba en</translation>
    </message>
    <message>
      <source>Now on</source>
      <translation>Ahora en</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Motivo</translation>
    </message>
  </context>
  <context>
    <name>DraftViews</name>
    <message>
      <source>Compare versions</source>
      <translation>Comparar versiones</translation>
    </message>
    <message>
      <source>What changed since the previous draft</source>
      <translation>Lo que cambió desde el proyecto anterior</translation>
    </message>
    <message>
      <source>Review after new draft</source>
      <translation>Revisión tras un nuevo proyecto</translation>
    </message>
  </context>
  <context>
    <name>DraftsController</name>
    <message>
      <source>Drafts ({patterns});;All files (*)</source>
      <translation>Proyectos ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Import draft</source>
      <translation>Importar proyecto</translation>
    </message>
    <message>
      <source>Import draft {version}</source>
      <translation>Importar el proyecto {version}</translation>
    </message>
    <message numerus="yes">
      <source>Imported {version}: %n record(s) carried forward</source>
      <translation>
        <numerusform>Se importó {version}: %n elemento trasladado</numerusform>
        <numerusform>Se importó {version}: %n elementos trasladados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n need(s) a look.</source>
      <translation>
        <numerusform>, %n por revisar.</numerusform>
        <numerusform>, %n por revisar.</numerusform>
      </translation>
    </message>
    <message>
      <source>Undo failed</source>
      <translation>No se pudo deshacer</translation>
    </message>
    <message>
      <source>New drafts</source>
      <translation>Nuevos proyectos</translation>
    </message>
    <message>
      <source>Nothing was saved.</source>
      <translation>No se guardó nada.</translation>
    </message>
    <message>
      <source>Import cancelled: nothing was saved.</source>
      <translation>Importación cancelada: no se guardó nada.</translation>
    </message>
    <message>
      <source>Import &amp;draft…</source>
      <translation>Importar pro&amp;yecto de texto…</translation>
    </message>
    <message>
      <source>Import a new draft of a document from a PDF, Word, Akoma Ntoso, text or Markdown file</source>
      <translation>Importar un nuevo proyecto de un documento desde un archivo PDF, Word, Akoma Ntoso, de texto o Markdown</translation>
    </message>
    <message>
      <source>Export draft as A&amp;koma Ntoso…</source>
      <translation>Exportar proyecto a A&amp;koma Ntoso…</translation>
    </message>
    <message>
      <source>The selected provision's version as Akoma Ntoso 3.0 XML</source>
      <translation>La versión de la disposición seleccionada, en XML Akoma Ntoso 3.0</translation>
    </message>
    <message>
      <source>Set negotiating status of t&amp;his provision…</source>
      <translation>Fi&amp;jar el estado de negociación de esta disposición…</translation>
    </message>
    <message>
      <source>Agreed ad referendum, pending, bracketed…: where the selected provision stands</source>
      <translation>Acordada ad referendum, pendiente, entre corchetes…: en qué punto está la disposición seleccionada</translation>
    </message>
    <message>
      <source>Compare &amp;versions…</source>
      <translation>Comparar &amp;versiones…</translation>
    </message>
    <message>
      <source>Compare two versions of a document</source>
      <translation>Comparar dos versiones de un documento</translation>
    </message>
    <message>
      <source>&amp;Review after new draft…</source>
      <translation>&amp;Revisión tras un nuevo proyecto…</translation>
    </message>
    <message>
      <source>Records carried to a new draft that need a human look</source>
      <translation>Elementos trasladados a un nuevo proyecto que requieren una revisión humana</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>Cort&amp;ar</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>Pe&amp;gar</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>Seleccionar &amp;todo</translation>
    </message>
  </context>
  <context>
    <name>Editor</name>
    <message>
      <source>Not saved</source>
      <translation>No guardado</translation>
    </message>
    <message>
      <source>{change} was not saved: {error}</source>
      <translation>{change}: no se guardó ({error})</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete {record}?</source>
      <translation>¿Eliminar {record}?</translation>
    </message>
    <message>
      <source>You can undo this with Edit → Undo.</source>
      <translation>Puede deshacerlo con Edición → Deshacer.</translation>
    </message>
    <message>
      <source>Undo failed</source>
      <translation>No se pudo deshacer</translation>
    </message>
  </context>
  <context>
    <name>EntriesModel</name>
    <message>
      <source>{who} for {group}</source>
      <translation>{who} en nombre de {group}</translation>
    </message>
    <message>
      <source>tabled #{number}</source>
      <translation>presenta la propuesta #{number}</translation>
    </message>
    <message>
      <source>{role} of #{number}</source>
      <translation>{role} de la propuesta #{number}</translation>
    </message>
    <message>
      <source>later position ({date}) stays current</source>
      <translation>una posición posterior ({date}) sigue vigente</translation>
    </message>
    <message>
      <source>{first}; {then}</source>
      <translation>{first}; {then}</translation>
    </message>
    <message>
      <source>#</source>
      <translation>n.º</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Delegación</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Disposición</translation>
    </message>
    <message>
      <source>Stance</source>
      <translation>Postura</translation>
    </message>
    <message>
      <source>What was said</source>
      <translation>Lo que se dijo</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Guardado</translation>
    </message>
    <message>
      <source>Entry {seq}: {line}</source>
      <translation>Entrada {seq}: {line}</translation>
    </message>
    <message>
      <source>Illustrative: no source records it being said.</source>
      <translation>Ilustrativo: ninguna fuente registra que se dijera.</translation>
    </message>
  </context>
  <context>
    <name>EntryIntoForceChart</name>
    <message>
      <source>Entry into force chart</source>
      <translation>Gráfico de la entrada en vigor</translation>
    </message>
    <message>
      <source>{counted} of {required} instruments counted (illustrative data); {remaining} more needed.</source>
      <translation>{counted} de {required} instrumentos contabilizados (datos ilustrativos); faltan {remaining}.</translation>
    </message>
    <message>
      <source>{counted} of {required} instruments counted; {remaining} more needed.</source>
      <translation>{counted} de {required} instrumentos contabilizados; faltan {remaining}.</translation>
    </message>
    <message>
      <source>{required} instruments reached; in force on {date}.</source>
      <translation>Se alcanzaron {required} instrumentos; en vigor el {date}.</translation>
    </message>
    <message>
      <source>{required} instruments reached; in force between {first} and {last}.</source>
      <translation>Se alcanzaron {required} instrumentos; en vigor entre el {first} y el {last}.</translation>
    </message>
    <message>
      <source>in force {date}</source>
      <translation>en vigor el {date}</translation>
    </message>
    <message>
      <source>threshold: {n} instruments</source>
      <translation>umbral: {n} instrumentos</translation>
    </message>
  </context>
  <context>
    <name>EntryLine</name>
    <message>
      <source>Capture line</source>
      <translation>Línea de captura</translation>
    </message>
    <message>
      <source>KE 14.2 opp delete 'may' — who, provision, stance, wording, note</source>
      <translation>KE 14.2 opp delete 'may' — quién, disposición, postura, redacción, nota</translation>
    </message>
  </context>
  <context>
    <name>Enums</name>
    <message>
      <source>critical</source>
      <translation>crítica</translation>
    </message>
    <message>
      <source>high</source>
      <translation>alta</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>media</translation>
    </message>
    <message>
      <source>low</source>
      <translation>baja</translation>
    </message>
    <message>
      <source>supports</source>
      <translation>apoya</translation>
    </message>
    <message>
      <source>opposes</source>
      <translation>se opone</translation>
    </message>
    <message>
      <source>undecided</source>
      <translation>indecisa</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconocida</translation>
    </message>
    <message>
      <source>proposes-text</source>
      <translation>propone su texto</translation>
    </message>
    <message>
      <source>public</source>
      <translation>pública</translation>
    </message>
    <message>
      <source>coalition</source>
      <translation>coalición</translation>
    </message>
    <message>
      <source>internal</source>
      <translation>interna</translation>
    </message>
    <message>
      <source>personal</source>
      <translation>personal</translation>
    </message>
    <message>
      <source>open</source>
      <translation>abierta</translation>
    </message>
    <message>
      <source>partly-addressed</source>
      <translation>atendida en parte</translation>
    </message>
    <message>
      <source>addressed</source>
      <translation>atendida</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>retirado</translation>
    </message>
    <message>
      <source>insert</source>
      <translation>inserción</translation>
    </message>
    <message>
      <source>delete</source>
      <translation>supresión</translation>
    </message>
    <message>
      <source>substitute</source>
      <translation>sustitución</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>borrador</translation>
    </message>
    <message>
      <source>proposed</source>
      <translation>propuesto</translation>
    </message>
    <message>
      <source>tabled</source>
      <translation>presentado</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>aprobado</translation>
    </message>
    <message>
      <source>partly-adopted</source>
      <translation>aprobado en parte</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rechazado</translation>
    </message>
    <message>
      <source>heard-in-room</source>
      <translation>oído en la sala</translation>
    </message>
    <message>
      <source>state</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>regional-group</source>
      <translation>grupo regional</translation>
    </message>
    <message>
      <source>bloc</source>
      <translation>bloque</translation>
    </message>
    <message>
      <source>organization</source>
      <translation>organización</translation>
    </message>
    <message>
      <source>ngo</source>
      <translation>ONG</translation>
    </message>
    <message>
      <source>industry</source>
      <translation>sector privado</translation>
    </message>
    <message>
      <source>un-body</source>
      <translation>órgano de las Naciones Unidas</translation>
    </message>
    <message>
      <source>government</source>
      <translation>gobierno</translation>
    </message>
    <message>
      <source>media</source>
      <translation>medios de comunicación</translation>
    </message>
    <message>
      <source>academic</source>
      <translation>ámbito académico</translation>
    </message>
    <message>
      <source>other</source>
      <translation>otro</translation>
    </message>
    <message>
      <source>signature</source>
      <translation>firma</translation>
    </message>
    <message>
      <source>ratification</source>
      <translation>ratificación</translation>
    </message>
    <message>
      <source>acceptance</source>
      <translation>aceptación</translation>
    </message>
    <message>
      <source>approval</source>
      <translation>aprobación</translation>
    </message>
    <message>
      <source>accession</source>
      <translation>adhesión</translation>
    </message>
    <message>
      <source>succession</source>
      <translation>sucesión</translation>
    </message>
    <message>
      <source>withdrawal</source>
      <translation>retiro</translation>
    </message>
    <message>
      <source>reservation</source>
      <translation>reserva</translation>
    </message>
    <message>
      <source>declaration</source>
      <translation>declaración</translation>
    </message>
    <message>
      <source>notification</source>
      <translation>notificación</translation>
    </message>
    <message>
      <source>objection</source>
      <translation>objeción</translation>
    </message>
    <message>
      <source>law</source>
      <translation>ley</translation>
    </message>
    <message>
      <source>bill</source>
      <translation>proyecto de ley</translation>
    </message>
    <message>
      <source>decree</source>
      <translation>decreto</translation>
    </message>
    <message>
      <source>regulation</source>
      <translation>reglamento</translation>
    </message>
    <message>
      <source>in-committee</source>
      <translation>en comisión</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>aprobado</translation>
    </message>
    <message>
      <source>in-force</source>
      <translation>en vigor</translation>
    </message>
    <message>
      <source>amended</source>
      <translation>modificado</translation>
    </message>
    <message>
      <source>repealed</source>
      <translation>derogado</translation>
    </message>
    <message>
      <source>bound</source>
      <translation>obligado por el tratado</translation>
    </message>
    <message>
      <source>signed</source>
      <translation>signatario</translation>
    </message>
    <message>
      <source>not signed</source>
      <translation>no signatario</translation>
    </message>
    <message>
      <source>proposes</source>
      <translation>propone</translation>
    </message>
    <message>
      <source>asks</source>
      <translation>pregunta</translation>
    </message>
    <message>
      <source>sponsor</source>
      <translation>autor</translation>
    </message>
    <message>
      <source>co-sponsor</source>
      <translation>coautor</translation>
    </message>
    <message>
      <source>supporter</source>
      <translation>apoyo</translation>
    </message>
    <message>
      <source>opponent</source>
      <translation>opositor</translation>
    </message>
    <message>
      <source>spoke</source>
      <translation>interviniente</translation>
    </message>
    <message>
      <source>supported</source>
      <translation>apoyada</translation>
    </message>
    <message>
      <source>merged into the text</source>
      <translation>incorporada al texto</translation>
    </message>
  </context>
  <context>
    <name>ExportLogDialog</name>
    <message>
      <source>Briefing pack export log</source>
      <translation>Registro de exportaciones de dosieres</translation>
    </message>
    <message>
      <source>Exports</source>
      <translation>Exportaciones</translation>
    </message>
    <message>
      <source>Show exports for</source>
      <translation>Mostrar las exportaciones de</translation>
    </message>
    <message>
      <source>All delegations</source>
      <translation>Todas las delegaciones</translation>
    </message>
    <message>
      <source>&amp;Delegation:</source>
      <translation>&amp;Delegación:</translation>
    </message>
    <message>
      <source>C&amp;heck a file…</source>
      <translation>&amp;Comprobar un archivo…</translation>
    </message>
    <message>
      <source>No pack has been exported from this workspace yet. File → Export briefing pack… (Ctrl+E) makes one; File → Export capital pack… one for a capital. Each export is listed here with the SHA-256 of its file.</source>
      <translation>Aún no se ha exportado ningún dosier de este espacio de trabajo. Archivo → Exportar dosier informativo… (Ctrl+E) crea uno; Archivo → Exportar dosier para la capital… uno para una capital. Cada exportación figura aquí con el SHA-256 de su archivo.</translation>
    </message>
    <message>
      <source>Check a pack file</source>
      <translation>Comprobar un archivo de dosier</translation>
    </message>
    <message>
      <source>Cannot read {file}: {error}</source>
      <translation>No se puede leer {file}: {error}</translation>
    </message>
  </context>
  <context>
    <name>ExportPackDialog</name>
    <message>
      <source>Export briefing pack</source>
      <translation>Exportar dosier informativo</translation>
    </message>
    <message>
      <source>Search delegations…</source>
      <translation>Buscar delegaciones…</translation>
    </message>
    <message>
      <source>Search delegations</source>
      <translation>Buscar delegaciones</translation>
    </message>
    <message>
      <source>Delegations</source>
      <translation>Delegaciones</translation>
    </message>
    <message>
      <source>Save pr&amp;ofile</source>
      <translation>Guardar &amp;perfil</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <source>Print the pack as previewed (Ctrl+P)</source>
      <translation>Imprimir el dosier tal como se muestra (Ctrl+P)</translation>
    </message>
    <message>
      <source>&amp;Save PDF…</source>
      <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
      <source>Print briefing pack</source>
      <translation>Imprimir dosier informativo</translation>
    </message>
    <message>
      <source>No delegations yet: a pack is made for one delegation. View → Delegations, Add delegation… adds one; its positions and the concerns that matter to it then shape its pack.</source>
      <translation>Todavía no hay delegaciones: cada dosier se hace para una delegación. Ver → Delegaciones, Añadir delegación… añade una; sus posiciones y las preocupaciones que le importan dan forma a su dosier.</translation>
    </message>
    <message>
      <source>Save your changes to the pack profile {name!r} first? Otherwise they are lost.</source>
      <translation>¿Guardar primero los cambios del perfil de dosier {name!r}? De lo contrario se perderán.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Laying out the pack…</source>
      <translation>Maquetando el dosier…</translation>
    </message>
    <message>
      <source>The pack could not be built: {reason}</source>
      <translation>No se pudo crear el dosier: {reason}</translation>
    </message>
    <message>
      <source>Pack preview</source>
      <translation>Vista previa del dosier</translation>
    </message>
    <message>
      <source>Choose a delegation to print its pack.</source>
      <translation>Elija una delegación para imprimir su dosier.</translation>
    </message>
    <message>
      <source>The pack is printed as soon as its preview is ready…</source>
      <translation>El dosier se imprimirá en cuanto esté lista su vista previa…</translation>
    </message>
    <message>
      <source>Print pack</source>
      <translation>Imprimir dosier</translation>
    </message>
    <message>
      <source>Sent {} pages to the printer.</source>
      <translation>Se enviaron {} páginas a la impresora.</translation>
    </message>
    <message>
      <source>Pack not printed</source>
      <translation>Dosier no impreso</translation>
    </message>
    <message>
      <source>Profile not saved</source>
      <translation>Perfil no guardado</translation>
    </message>
    <message>
      <source>Your settings are still in the dialog.</source>
      <translation>Sus ajustes siguen en el cuadro de diálogo.</translation>
    </message>
    <message>
      <source>Pack profile {name!r} saved.</source>
      <translation>Perfil de dosier {name!r} guardado.</translation>
    </message>
    <message>
      <source>Pack not saved</source>
      <translation>Dosier no guardado</translation>
    </message>
    <message>
      <source>Pack not logged</source>
      <translation>Dosier no registrado</translation>
    </message>
    <message>
      <source>{file} was written but is not in the export log.</source>
      <translation>{file} se escribió pero no figura en el registro de exportaciones.</translation>
    </message>
    <message numerus="yes">
      <source> (%n font warning(s))</source>
      <translation>
        <numerusform> (%n advertencia de fuente)</numerusform>
        <numerusform> (%n advertencias de fuente)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved {file}: %n page(s){note}.</source>
      <translation>
        <numerusform>{file} guardado: %n página{note}.</numerusform>
        <numerusform>{file} guardado: %n páginas{note}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Save briefing pack</source>
      <translation>Guardar el dosier informativo</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Unsaved pack profile</source>
      <translation>Perfil de dosier sin guardar</translation>
    </message>
    <message>
      <source>Save your changes to the pack profile “{}” before closing?</source>
      <translation>¿Guardar los cambios del perfil de dosier «{}» antes de cerrar?</translation>
    </message>
  </context>
  <context>
    <name>FeatureBase</name>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <source>Nothing was saved.</source>
      <translation>No se guardó nada.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Concern</source>
      <translation>Preocupación</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Fuentes</translation>
    </message>
    <message>
      <source>Evidence cases</source>
      <translation>Casos documentados</translation>
    </message>
    <message>
      <source>Provisions</source>
      <translation>Disposiciones</translation>
    </message>
    <message>
      <source>Amendment</source>
      <translation>Enmienda</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Passage amended</source>
      <translation>Pasaje modificado</translation>
    </message>
    <message>
      <source>Proposed text</source>
      <translation>Texto propuesto</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>Justificación</translation>
    </message>
    <message>
      <source>Supporters</source>
      <translation>Apoyos</translation>
    </message>
    <message>
      <source>Answers concerns</source>
      <translation>Responde a las preocupaciones</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Delegación</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>ISO code</source>
      <translation>Código ISO</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Working languages (comma-separated codes)</source>
      <translation>Idiomas de trabajo (códigos separados por comas)</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <source>Member of</source>
      <translation>Miembro de</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Posición</translation>
    </message>
    <message>
      <source>Stance</source>
      <translation>Postura</translation>
    </message>
    <message>
      <source>On</source>
      <translation>Sobre</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Fiabilidad</translation>
    </message>
    <message>
      <source>Illustrative (no public source)</source>
      <translation>Ilustrativa (ninguna fuente pública)</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Dirección web</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Signatura del documento</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>Editor</translation>
    </message>
    <message>
      <source>Reliability note</source>
      <translation>Nota sobre la fiabilidad</translation>
    </message>
    <message>
      <source>Evidence case</source>
      <translation>Caso documentado</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <source>Law</source>
      <translation>Ley</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Autor</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Nombre corto</translation>
    </message>
    <message>
      <source>Member of our coalition</source>
      <translation>Miembro de nuestra coalición</translation>
    </message>
    <message>
      <source>Sensitivity</source>
      <translation>Confidencialidad</translation>
    </message>
  </context>
  <context>
    <name>FloorMode</name>
    <message>
      <source>Not recorded: {reason}</source>
      <translation>No registrado: {reason}</translation>
    </message>
    <message>
      <source>proposal #{number} ({gist}) is now {status}</source>
      <translation>la propuesta n.º {number} ({gist}) está ahora {status}</translation>
    </message>
    <message>
      <source>{speaker} for {group}</source>
      <translation>{speaker} en nombre de {group}</translation>
    </message>
    <message>
      <source>{speaker} for {count} states</source>
      <translation>{speaker} en nombre de {count} Estados</translation>
    </message>
    <message>
      <source>a general statement</source>
      <translation>una declaración general</translation>
    </message>
    <message>
      <source>{who} on {where}: {stance}</source>
      <translation>{who} sobre {where}: {stance}</translation>
    </message>
    <message>
      <source>tables #{number}: {gist}</source>
      <translation>presenta la propuesta n.º {number}: {gist}</translation>
    </message>
    <message>
      <source>{role} of #{number} ({gist})</source>
      <translation>{role} de la propuesta n.º {number} ({gist})</translation>
    </message>
    <message>
      <source>#{number} becomes {status}</source>
      <translation>la propuesta n.º {number} pasa a {status}</translation>
    </message>
    <message>
      <source>position: {stance}</source>
      <translation>posición: {stance}</translation>
    </message>
    <message>
      <source>position: {stance} again</source>
      <translation>posición: {stance} de nuevo</translation>
    </message>
    <message>
      <source>position: {before} → {after}</source>
      <translation>posición: {before} → {after}</translation>
    </message>
    <message>
      <source>⚠ a later position stays current ({stance}, {date}{source}): no position recorded</source>
      <translation>⚠ una posición posterior sigue vigente ({stance}, {date}{source}): no se registra ninguna posición</translation>
    </message>
  </context>
  <context>
    <name>FloorWindow</name>
    <message>
      <source>Meeting</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <source>New meeting…</source>
      <translation>Nueva sesión…</translation>
    </message>
    <message>
      <source>Current provision</source>
      <translation>Disposición actual</translation>
    </message>
    <message>
      <source>Text of the current provision</source>
      <translation>Texto de la disposición actual</translation>
    </message>
    <message>
      <source>Previous on the agenda (Alt+←)</source>
      <translation>Anterior en el orden del día (Alt+←)</translation>
    </message>
    <message>
      <source>Next on the agenda (Alt+→)</source>
      <translation>Siguiente en el orden del día (Alt+→)</translation>
    </message>
    <message>
      <source>Entries of this meeting</source>
      <translation>Entradas de esta sesión</translation>
    </message>
    <message>
      <source>What the line records</source>
      <translation>Lo que registra la línea</translation>
    </message>
    <message>
      <source>Enter records · Tab completes · Ctrl+Z takes back · F2 edits the selected entry · Ctrl+↑/↓ selects · Alt+←/→ follows the agenda · a number alone switches provision</source>
      <translation>Intro registra · Tab completa · Ctrl+Z deshace · F2 edita la entrada seleccionada · Ctrl+↑/↓ selecciona · Alt+←/→ sigue el orden del día · un número solo cambia de disposición</translation>
    </message>
    <message>
      <source>Take back the last entry</source>
      <translation>Deshacer la última entrada</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rehacer</translation>
    </message>
    <message>
      <source>Edit the selected entry</source>
      <translation>Editar la entrada seleccionada</translation>
    </message>
    <message>
      <source>Take back the selected entry</source>
      <translation>Deshacer la entrada seleccionada</translation>
    </message>
    <message>
      <source>Close floor mode</source>
      <translation>Cerrar el modo sala</translation>
    </message>
    <message>
      <source>Floor mode — {meeting}, {session}</source>
      <translation>Modo sala — {meeting}, {session}</translation>
    </message>
    <message>
      <source>Draft: {label}</source>
      <translation>Proyecto: {label}</translation>
    </message>
    <message>
      <source>Not on the agenda of this draft: {items}</source>
      <translation>No figura en el orden del día de este proyecto: {items}</translation>
    </message>
    <message>
      <source>No provision: lines are general statements</source>
      <translation>Ninguna disposición: las líneas son declaraciones generales</translation>
    </message>
    <message>
      <source>{n} of {total} on the agenda: {items}</source>
      <translation>{n} de {total} en el orden del día: {items}</translation>
    </message>
    <message>
      <source>Off the agenda ({items})</source>
      <translation>Fuera del orden del día ({items})</translation>
    </message>
    <message>
      <source>No agenda: Alt+←/→ steps through the draft</source>
      <translation>Sin orden del día: Alt+←/→ recorre el proyecto</translation>
    </message>
    <message>
      <source>Enter will record: {what}</source>
      <translation>Intro registrará: {what}</translation>
    </message>
    <message>
      <source>Now on {provision}</source>
      <translation>Ahora en {provision}</translation>
    </message>
    <message>
      <source>Edit entry {seq}</source>
      <translation>Editar la entrada {seq}</translation>
    </message>
    <message>
      <source>Capture</source>
      <translation>Captura</translation>
    </message>
    <message>
      <source>Saved: {what}</source>
      <translation>Guardado: {what}</translation>
    </message>
    <message>
      <source>Not saved: {error}</source>
      <translation>No guardado: {error}</translation>
    </message>
    <message>
      <source>Nothing to take back.</source>
      <translation>Nada que deshacer.</translation>
    </message>
    <message>
      <source>The last change was made in the main window: undo it there (Edit → Undo).</source>
      <translation>El último cambio se hizo en la ventana principal: deshágalo allí (Edición → Deshacer).</translation>
    </message>
    <message>
      <source>Taken back: {what} (Ctrl+Shift+Z brings it back)</source>
      <translation>Deshecho: {what} (Ctrl+Mayús+Z lo rehace)</translation>
    </message>
    <message>
      <source>Undo failed: {error}</source>
      <translation>No se pudo deshacer: {error}</translation>
    </message>
    <message>
      <source>Select an entry first (Ctrl+↑).</source>
      <translation>Seleccione primero una entrada (Ctrl+↑).</translation>
    </message>
    <message>
      <source>Editing entry {seq}: Enter saves, Esc cancels</source>
      <translation>Editando la entrada {seq}: Intro guarda, Esc cancela</translation>
    </message>
    <message>
      <source>Take back entry {seq}: {line}</source>
      <translation>Deshacer la entrada {seq}: {line}</translation>
    </message>
    <message>
      <source>Entry {seq} taken back (Ctrl+Z brings it back).</source>
      <translation>Entrada {seq} deshecha (Ctrl+Z la recupera).</translation>
    </message>
  </context>
  <context>
    <name>GettingStartedDialog</name>
    <message>
      <source>Getting started</source>
      <translation>Primeros pasos</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>Open the demo workspace</source>
      <translation>Abrir el espacio de demostración</translation>
    </message>
    <message>
      <source>The UN Convention against Cybercrime with civil-society concerns, amendments and delegations' positions, to look around and try a pack. Your own workspace stays as it is.</source>
      <translation>La Convención de las Naciones Unidas contra la Ciberdelincuencia, con las preocupaciones y enmiendas de la sociedad civil y las posiciones de las delegaciones, para explorar y probar un dosier. Su propio espacio de trabajo queda como está.</translation>
    </message>
    <message>
      <source>Import a draft…</source>
      <translation>Importar un proyecto…</translation>
    </message>
    <message>
      <source>Start from a treaty text: a .txt, .md or .docx file, split into articles and paragraphs.</source>
      <translation>Empezar con el texto de un tratado: un archivo .txt, .md o .docx, dividido en artículos y párrafos.</translation>
    </message>
    <message>
      <source>Import a bundle…</source>
      <translation>Importar un lote…</translation>
    </message>
    <message>
      <source>Start from the work a coalition partner shared with you as a .briefing file.</source>
      <translation>Empezar con el trabajo que un socio de la coalición compartió con usted en un archivo .briefing.</translation>
    </message>
    <message>
      <source>&lt;h2&gt;This workspace holds no treaty yet&lt;/h2&gt;&lt;p&gt;Briefing Desk follows a treaty through its drafts: concerns and amendments per provision, delegations' positions, and a briefing pack for each delegation. Begin with one of these:&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Este espacio de trabajo aún no contiene ningún tratado&lt;/h2&gt;&lt;p&gt;Briefing Desk sigue un tratado a lo largo de sus proyectos: preocupaciones y enmiendas por disposición, posiciones de las delegaciones y un dosier informativo para cada delegación. Empiece por una de estas opciones:&lt;/p&gt;</translation>
    </message>
    <message>
      <source>A short tour of the views and of everyday work.</source>
      <translation>Un breve recorrido por las vistas y el trabajo diario.</translation>
    </message>
    <message>
      <source>Getting started…</source>
      <translation>Primeros pasos…</translation>
    </message>
    <message>
      <source>Getting started</source>
      <translation>Primeros pasos</translation>
    </message>
    <message>
      <source>
&lt;h2&gt;Getting started with Briefing Desk&lt;/h2&gt;
&lt;p&gt;Briefing Desk follows a treaty through its drafts. For each provision you record the
&lt;b&gt;concerns&lt;/b&gt; it raises and the &lt;b&gt;amendments&lt;/b&gt; you recommend, you keep track of what each
&lt;b&gt;delegation&lt;/b&gt; thinks, and you hand every delegation a &lt;b&gt;PDF briefing pack&lt;/b&gt; made for it.
Everything stays in one workspace file on this computer; nothing goes online.&lt;/p&gt;
&lt;h3&gt;The views&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Provisions&lt;/b&gt; (Ctrl+1): the treaty as a tree on the left, filtered as you type; the chosen
article in the middle; its concerns, amendments and positions on the right.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;All concerns&lt;/b&gt; (Ctrl+2), &lt;b&gt;Delegations&lt;/b&gt; (Ctrl+3), &lt;b&gt;Position matrix&lt;/b&gt; (Ctrl+4),
&lt;b&gt;Sources and cases&lt;/b&gt; (Ctrl+5), &lt;b&gt;Organizations&lt;/b&gt; (Ctrl+6).&lt;/li&gt;
&lt;li&gt;After adoption: &lt;b&gt;Treaty status&lt;/b&gt; (Ctrl+7) with entry into force, the map and reservations;
&lt;b&gt;National implementation&lt;/b&gt; (Ctrl+8); &lt;b&gt;Was our ask adopted?&lt;/b&gt; (Ctrl+9).&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Everyday work&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Add a concern, an amendment or a position with the buttons above each tab, or from the Edit
menu; change or delete one with the buttons on its card (or right-click it).&lt;/li&gt;
&lt;li&gt;Every change is saved at once; Edit → Undo (Ctrl+Z) takes it back.&lt;/li&gt;
&lt;li&gt;Records start &lt;i&gt;internal&lt;/i&gt; where they could hurt someone: internal and personal records never go
into a pack, and personal ones never leave this computer.&lt;/li&gt;
&lt;li&gt;File → Export briefing pack… makes a delegation's PDF; File → Export bundle… shares your work
with partners, File → Import bundle… merges theirs after showing what would change.&lt;/li&gt;
&lt;li&gt;Edit → Search (Ctrl+F) finds provisions, concerns and amendments.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Help → Keyboard shortcuts lists every shortcut.&lt;/p&gt;
&lt;h3&gt;Where to begin&lt;/h3&gt;
</source>
      <translation>
&lt;h2&gt;Primeros pasos con Briefing Desk&lt;/h2&gt;
&lt;p&gt;Briefing Desk sigue un tratado a lo largo de sus proyectos. Para cada disposición, usted registra las
&lt;b&gt;preocupaciones&lt;/b&gt; que suscita y las &lt;b&gt;enmiendas&lt;/b&gt; que recomienda, sigue lo que piensa cada
&lt;b&gt;delegación&lt;/b&gt; y entrega a cada delegación un &lt;b&gt;dosier informativo en PDF&lt;/b&gt; preparado para ella.
Todo queda en un solo archivo de espacio de trabajo en este ordenador; nada sale a internet.&lt;/p&gt;
&lt;h3&gt;Las vistas&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Disposiciones&lt;/b&gt; (Ctrl+1): el tratado en árbol a la izquierda, filtrado mientras escribe; el
artículo elegido en el centro; sus preocupaciones, enmiendas y posiciones a la derecha.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Todas las preocupaciones&lt;/b&gt; (Ctrl+2), &lt;b&gt;Delegaciones&lt;/b&gt; (Ctrl+3), &lt;b&gt;Matriz de posiciones&lt;/b&gt;
(Ctrl+4), &lt;b&gt;Fuentes y casos&lt;/b&gt; (Ctrl+5), &lt;b&gt;Organizaciones&lt;/b&gt; (Ctrl+6).&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;El trabajo diario&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Añada una preocupación, una enmienda o una posición con los botones sobre cada pestaña o desde el
menú Edición; modifique o elimine una con los botones de su ficha (o con el botón derecho).&lt;/li&gt;
&lt;li&gt;Cada cambio se guarda al instante; Edición → Deshacer (Ctrl+Z) lo revierte.&lt;/li&gt;
&lt;li&gt;Los elementos empiezan como &lt;i&gt;internos&lt;/i&gt; cuando podrían perjudicar a alguien: los elementos internos
y personales nunca van a un dosier, y los personales nunca salen de este ordenador.&lt;/li&gt;
&lt;li&gt;Archivo → Exportar dosier informativo… crea el PDF de una delegación; Archivo → Exportar lote…
comparte su trabajo con los socios, Archivo → Importar lote… combina el de ellos tras mostrar qué
cambiaría.&lt;/li&gt;
&lt;li&gt;Edición → Buscar (Ctrl+F) encuentra disposiciones, preocupaciones y enmiendas.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Ayuda → Atajos de teclado enumera todos los atajos.&lt;/p&gt;
&lt;h3&gt;Por dónde empezar&lt;/h3&gt;
</translation>
    </message>
  </context>
  <context>
    <name>HelpController</name>
    <message>
      <source>&amp;Getting started</source>
      <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
      <source>&amp;About Briefing Desk</source>
      <translation>A&amp;cerca de Briefing Desk</translation>
    </message>
  </context>
  <context>
    <name>ImportDraft</name>
    <message>
      <source>Import draft</source>
      <translation>Importar proyecto</translation>
    </message>
    <message>
      <source>This text looks like a different treaty.</source>
      <translation>Este texto parece ser otro tratado.</translation>
    </message>
    <message>
      <source>Only {share} of the articles of {base} continue in it; as a new version of {document} their concerns, amendments and positions would be orphaned. Import it as a new document instead?</source>
      <translation>Solo {share} de los artículos de {base} continúan en él; como nueva versión de {document}, sus preocupaciones, enmiendas y posiciones quedarían huérfanas. ¿Importarlo como documento nuevo?</translation>
    </message>
    <message>
      <source>Import as a &amp;new document</source>
      <translation>Importar como documento &amp;nuevo</translation>
    </message>
    <message>
      <source>&amp;Map onto {base} anyway</source>
      <translation>&amp;Asignar a {base} de todos modos</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <source>Signature: {0}</source>
      <translation>Firma: {0}</translation>
    </message>
    <message>
      <source>; it was encrypted to you</source>
      <translation>; estaba cifrado para usted</translation>
    </message>
    <message numerus="yes">
      <source> %n change(s) to rows the sender does not own wait for you as proposals.</source>
      <translation>
        <numerusform> %n cambio en filas que no pertenecen al remitente le espera como propuesta.</numerusform>
        <numerusform> %n cambios en filas que no pertenecen al remitente le esperan como propuestas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> %n row(s) internal or personal here stay untouched.</source>
      <translation>
        <numerusform> %n fila interna o personal aquí queda intacta.</numerusform>
        <numerusform> %n filas internas o personales aquí quedan intactas.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>KeysDialog</name>
    <message>
      <source>Partner key files (*{suffix});;All files (*)</source>
      <translation>Archivos de clave de socio (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Add a partner's key file</source>
      <translation>Añadir el archivo de clave de un socio</translation>
    </message>
    <message>
      <source>Save our key file</source>
      <translation>Guardar nuestro archivo de clave</translation>
    </message>
    <message>
      <source>Trust a fingerprint</source>
      <translation>Confiar en una huella</translation>
    </message>
    <message>
      <source>Partner organization:</source>
      <translation>Organización socia:</translation>
    </message>
    <message>
      <source>Fingerprint they read out to you (e.g. {example}):</source>
      <translation>Huella que le leyeron (p. ej. {example}):</translation>
    </message>
    <message>
      <source>Partner keys</source>
      <translation>Claves de los socios</translation>
    </message>
    <message>
      <source>Your fingerprint (read it out to partners when they add your key): {0}</source>
      <translation>Su huella (léasela a los socios cuando añadan su clave): {0}</translation>
    </message>
    <message>
      <source>No partner key yet. Add the key file a partner sent you, or type the fingerprint they read out to you; bundles signed by these keys show as verified when you import them.</source>
      <translation>Aún no hay claves de socios. Añada el archivo de clave que le envió un socio, o escriba la huella que le leyó; los lotes firmados con estas claves aparecen como verificados al importarlos.</translation>
    </message>
    <message>
      <source>Import only bundles signed by a trusted partner key</source>
      <translation>Importar solo lotes firmados con una clave de socio de confianza</translation>
    </message>
    <message>
      <source>Add key file…</source>
      <translation>Añadir archivo de clave…</translation>
    </message>
    <message>
      <source>Trust a fingerprint…</source>
      <translation>Confiar en una huella…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Save our key file…</source>
      <translation>Guardar nuestro archivo de clave…</translation>
    </message>
    <message>
      <source>key file</source>
      <translation>archivo de clave</translation>
    </message>
    <message>
      <source>fingerprint by phone</source>
      <translation>huella por teléfono</translation>
    </message>
    <message>
      <source>can encrypt to them</source>
      <translation>se puede cifrar para ellos</translation>
    </message>
    <message>
      <source>keys arrive with their first bundle</source>
      <translation>las claves llegan con su primer lote</translation>
    </message>
    <message>
      <source>{0}  {1}  (from a {2}; {3})</source>
      <translation>{0}  {1}  (origen: {2}; {3})</translation>
    </message>
    <message>
      <source>Name your organization first (in Export bundle…).</source>
      <translation>Indique primero el nombre de su organización (en Exportar lote…).</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Idioma del sistema</translation>
    </message>
  </context>
  <context>
    <name>LinkedRecordDialog</name>
    <message>
      <source>New source…</source>
      <translation>Nueva fuente…</translation>
    </message>
    <message>
      <source>New source</source>
      <translation>Nueva fuente</translation>
    </message>
    <message>
      <source>Describe a source that is not in the workspace yet; it is saved with this record.</source>
      <translation>Describir una fuente que aún no está en el espacio de trabajo; se guarda con este elemento.</translation>
    </message>
  </context>
  <context>
    <name>ListDetailDialog</name>
    <message>
      <source>&amp;Go to provision</source>
      <translation>&amp;Ir a la disposición</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Views</source>
      <translation>Vistas</translation>
    </message>
    <message>
      <source>&amp;Provisions</source>
      <translation>&amp;Disposiciones</translation>
    </message>
    <message>
      <source>All &amp;concerns</source>
      <translation>Todas las &amp;preocupaciones</translation>
    </message>
    <message>
      <source>&amp;Delegations</source>
      <translation>De&amp;legaciones</translation>
    </message>
    <message>
      <source>Position &amp;matrix</source>
      <translation>&amp;Matriz de posiciones</translation>
    </message>
    <message>
      <source>&amp;Sources and cases</source>
      <translation>&amp;Fuentes y casos</translation>
    </message>
    <message>
      <source>&amp;Organizations</source>
      <translation>&amp;Organizaciones</translation>
    </message>
    <message>
      <source>&amp;New workspace…</source>
      <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Abrir…</translation>
    </message>
    <message>
      <source>Open the de&amp;mo workspace</source>
      <translation>Abrir el espacio de &amp;demostración</translation>
    </message>
    <message>
      <source>The UN Convention against Cybercrime with concerns, amendments and positions to explore</source>
      <translation>La Convención de las Naciones Unidas contra la Ciberdelincuencia, con preocupaciones, enmiendas y posiciones para explorar</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <source>&amp;Search…</source>
      <translation>&amp;Buscar…</translation>
    </message>
    <message>
      <source>New co&amp;ncern on this provision…</source>
      <translation>Nueva &amp;preocupación sobre esta disposición…</translation>
    </message>
    <message>
      <source>New a&amp;mendment to this provision…</source>
      <translation>Nueva e&amp;nmienda a esta disposición…</translation>
    </message>
    <message>
      <source>New pos&amp;ition on this provision…</source>
      <translation>Nueva pos&amp;ición sobre esta disposición…</translation>
    </message>
    <message>
      <source>New n&amp;ote on this provision…</source>
      <translation>Nueva n&amp;ota sobre esta disposición…</translation>
    </message>
    <message>
      <source>New de&amp;legation…</source>
      <translation>Nueva de&amp;legación…</translation>
    </message>
    <message>
      <source>New sourc&amp;e…</source>
      <translation>Nueva &amp;fuente…</translation>
    </message>
    <message>
      <source>New e&amp;vidence case…</source>
      <translation>Nuevo caso doc&amp;umentado…</translation>
    </message>
    <message>
      <source>New organi&amp;zation…</source>
      <translation>Nueva organi&amp;zación…</translation>
    </message>
    <message>
      <source>Re&amp;fresh</source>
      <translation>Actuali&amp;zar</translation>
    </message>
    <message>
      <source>No workspace</source>
      <translation>Ningún espacio de trabajo</translation>
    </message>
    <message>
      <source>Cannot open workspace</source>
      <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
      <source>New workspace</source>
      <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
      <source>{path} already exists; use File → Open to open it.</source>
      <translation>{path} ya existe; use Archivo → Abrir para abrirlo.</translation>
    </message>
    <message>
      <source>No workspace open</source>
      <translation>Ningún espacio de trabajo abierto</translation>
    </message>
    <message>
      <source>  (demo data)</source>
      <translation>  (datos de demostración)</translation>
    </message>
    <message>
      <source>Demo data. </source>
      <translation>Datos de demostración. </translation>
    </message>
    <message>
      <source>Counting records</source>
      <translation>Recuento de registros</translation>
    </message>
    <message>
      <source>Saved {time}</source>
      <translation>Guardado a las {time}</translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>Todos los cambios guardados</translation>
    </message>
    <message numerus="yes">
      <source>%n provision(s)</source>
      <translation>
        <numerusform>%n disposición</numerusform>
        <numerusform>%n disposiciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n concern(s)</source>
      <translation>
        <numerusform>%n preocupación</numerusform>
        <numerusform>%n preocupaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n amendment(s)</source>
      <translation>
        <numerusform>%n enmienda</numerusform>
        <numerusform>%n enmiendas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n delegation(s)</source>
      <translation>
        <numerusform>%n delegación</numerusform>
        <numerusform>%n delegaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n position(s)</source>
      <translation>
        <numerusform>%n posición</numerusform>
        <numerusform>%n posiciones</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Matrix</name>
    <message>
      <source>Heard in the room at the {meeting}, {session}: “{line}”</source>
      <translation>Oído en la sala en la {meeting}, {session}: «{line}»</translation>
    </message>
    <message>
      <source>Said at the {meeting}, {session}, as {source} reports: “{line}”</source>
      <translation>Dicho en la {meeting}, {session}, según {source}: «{line}»</translation>
    </message>
    <message>
      <source>no source</source>
      <translation>ninguna fuente</translation>
    </message>
    <message>
      <source>From the {meeting}, {session} ({source})</source>
      <translation>De la {meeting}, {session} ({source})</translation>
    </message>
    <message>
      <source>Source: {source}</source>
      <translation>Fuente: {source}</translation>
    </message>
    <message>
      <source>No source recorded</source>
      <translation>Ninguna fuente registrada</translation>
    </message>
    <message>
      <source>confidence {level}</source>
      <translation>fiabilidad {level}</translation>
    </message>
    <message>
      <source>illustrative: no source supports it</source>
      <translation>ilustrativo: ninguna fuente lo respalda</translation>
    </message>
    <message>
      <source>{ordinal} meeting</source>
      <translation>{ordinal} sesión</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Sesión</translation>
    </message>
  </context>
  <context>
    <name>MatrixPage</name>
    <message>
      <source>Amendment {label} to {article}: {title}</source>
      <translation>Enmienda {label} a {article}: {title}</translation>
    </message>
    <message>
      <source>Position matrix</source>
      <translation>Matriz de posiciones</translation>
    </message>
    <message>
      <source>Include &amp;amendments</source>
      <translation>Incluir las &amp;enmiendas</translation>
    </message>
    <message>
      <source>Include amendments</source>
      <translation>Incluir las enmiendas</translation>
    </message>
    <message>
      <source>Add a column for each amendment after its article</source>
      <translation>Añadir una columna por enmienda después de su artículo</translation>
    </message>
    <message>
      <source>Where the position came from</source>
      <translation>Origen de la posición</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Leyenda</translation>
    </message>
    <message>
      <source>{illustrative} illustrative · {meeting} from a meeting · click a cell to edit</source>
      <translation>{illustrative} ilustrativa · {meeting} de una sesión · haga clic en una celda para editarla</translation>
    </message>
    <message>
      <source>{delegation} on {subject}: no position recorded</source>
      <translation>{delegation} sobre {subject}: ninguna posición registrada</translation>
    </message>
    <message>
      <source>{delegation} on {subject}: {stance} — {origin}</source>
      <translation>{delegation} sobre {subject}: {stance} — {origin}</translation>
    </message>
    <message numerus="yes">
      <source>%n delegation(s) × {articles}</source>
      <translation>
        <numerusform>%n delegación × {articles}</numerusform>
        <numerusform>%n delegaciones × {articles}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n article(s)</source>
      <translation>
        <numerusform>%n artículo</numerusform>
        <numerusform>%n artículos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> and %n amendment(s)</source>
      <translation>
        <numerusform> y %n enmienda</numerusform>
        <numerusform> y %n enmiendas</numerusform>
      </translation>
    </message>
    <message>
      <source>No articles yet: File → Import draft… reads a treaty text, and its articles become the columns.</source>
      <translation>Todavía no hay artículos: Archivo → Importar proyecto de texto… lee el texto de un tratado, y sus artículos pasan a ser las columnas.</translation>
    </message>
    <message>
      <source>No delegations yet: View → Delegations, Add delegation…; each becomes a row where a click on a cell records its stance on that article.</source>
      <translation>Todavía no hay delegaciones: Ver → Delegaciones, Añadir delegación…; cada una pasa a ser una fila donde un clic en una celda registra su postura sobre ese artículo.</translation>
    </message>
  </context>
  <context>
    <name>MeetingFilter</name>
    <message>
      <source>From meeting</source>
      <translation>Sesión de origen</translation>
    </message>
    <message>
      <source>Show only positions heard in a meeting or taken from its report</source>
      <translation>Mostrar solo las posiciones oídas en una sesión o tomadas de su informe</translation>
    </message>
    <message>
      <source>From: all sources</source>
      <translation>Origen: todas las fuentes</translation>
    </message>
    <message>
      <source>From: any meeting</source>
      <translation>Origen: cualquier sesión</translation>
    </message>
    <message>
      <source>From: {session}</source>
      <translation>Origen: {session}</translation>
    </message>
    <message>
      <source>From: {meeting}</source>
      <translation>Origen: {meeting}</translation>
    </message>
  </context>
  <context>
    <name>Meetings</name>
    <message>
      <source>Session</source>
      <translation>Período de sesiones</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Primer día</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Último día</translation>
    </message>
    <message>
      <source>The last day is before the first.</source>
      <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Tema del programa</translation>
    </message>
    <message>
      <source>Provisions in the chair's order</source>
      <translation>Disposiciones en el orden fijado por la presidencia</translation>
    </message>
    <message>
      <source>Official summary</source>
      <translation>Acta resumida oficial</translation>
    </message>
    <message>
      <source>Draft on the table</source>
      <translation>Proyecto examinado</translation>
    </message>
    <message>
      <source>e.g. 14, 15(2), 16-21: floor mode steps through them with Alt+←/→</source>
      <translation>p. ej. 14, 15(2), 16-21: el modo sala las recorre con Alt+←/→</translation>
    </message>
    <message>
      <source>Local time of the room, e.g. 15:00</source>
      <translation>Hora local de la sala, p. ej. 15:00</translation>
    </message>
    <message>
      <source>Number must be a whole number such as 11.</source>
      <translation>El número debe ser un número entero, por ejemplo 11.</translation>
    </message>
    <message>
      <source>Time must be like 15:00.</source>
      <translation>La hora debe tener la forma 15:00.</translation>
    </message>
  </context>
  <context>
    <name>MeetingsController</name>
    <message>
      <source>Floor mode</source>
      <translation>Modo sala</translation>
    </message>
    <message>
      <source>Nothing was saved.</source>
      <translation>No se guardó nada.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Nuevo período de sesiones</translation>
    </message>
    <message>
      <source>Add session {name}</source>
      <translation>Añadir el período de sesiones {name}</translation>
    </message>
    <message>
      <source>New meeting</source>
      <translation>Nueva sesión</translation>
    </message>
    <message>
      <source>Add {meeting}</source>
      <translation>Añadir {meeting}</translation>
    </message>
    <message>
      <source>Session report</source>
      <translation>Informe del período de sesiones</translation>
    </message>
    <message>
      <source>PDF report (*.pdf);;CSV for spreadsheets (*.csv)</source>
      <translation>Informe PDF (*.pdf);;CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Período de sesiones</translation>
    </message>
    <message>
      <source>Save session report</source>
      <translation>Guardar el informe de la sesión</translation>
    </message>
    <message>
      <source>There are no sessions yet: add one with Edit → New session….</source>
      <translation>Aún no hay períodos de sesiones: añada uno con Edición → Nuevo período de sesiones….</translation>
    </message>
    <message>
      <source>Writing the session report…</source>
      <translation>Redactando el informe del período de sesiones…</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>{file} guardado.</translation>
    </message>
    <message>
      <source>Session report cancelled</source>
      <translation>Informe del período de sesiones cancelado</translation>
    </message>
    <message>
      <source>No file was written.</source>
      <translation>No se escribió ningún archivo.</translation>
    </message>
    <message>
      <source>&amp;Floor mode…</source>
      <translation>Modo s&amp;ala…</translation>
    </message>
    <message>
      <source>Record what delegations say in the room, one line each</source>
      <translation>Anotar lo que dicen las delegaciones en la sala, una línea cada una</translation>
    </message>
    <message>
      <source>Ne&amp;w session…</source>
      <translation>Nue&amp;vo período de sesiones…</translation>
    </message>
    <message>
      <source>New meetin&amp;g…</source>
      <translation>Nueva se&amp;sión…</translation>
    </message>
    <message>
      <source>Session repor&amp;t…</source>
      <translation>Inform&amp;e del período de sesiones…</translation>
    </message>
    <message>
      <source>Per provision: who intervened, proposals and their sponsors, what changed in the matrix</source>
      <translation>Por disposición: quién intervino, las propuestas y sus patrocinadores, qué cambió en la matriz</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edición</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Herramientas</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>{title} failed: {error}</source>
      <translation>{title}: error ({error})</translation>
    </message>
    <message>
      <source>Internal error</source>
      <translation>Error interno</translation>
    </message>
    <message>
      <source>Open or create a workspace first.</source>
      <translation>Abra o cree primero un espacio de trabajo.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Briefing Desk workspaces ({patterns});;All files (*)</source>
      <translation>Espacios de trabajo de Briefing Desk ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Open workspace</source>
      <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
      <source>New workspace</source>
      <translation>Nuevo espacio de trabajo</translation>
    </message>
  </context>
  <context>
    <name>National</name>
    <message>
      <source>s. {number}</source>
      <translation>secc. {number}</translation>
    </message>
    <message>
      <source>provision</source>
      <translation>disposición</translation>
    </message>
    <message>
      <source>no treaty article mapped</source>
      <translation>ningún artículo del tratado vinculado</translation>
    </message>
    <message>
      <source>Implements:</source>
      <translation>Aplica:</translation>
    </message>
    <message>
      <source>Concerns:</source>
      <translation>Preocupaciones:</translation>
    </message>
    <message>
      <source>Documented cases:</source>
      <translation>Casos documentados:</translation>
    </message>
    <message>
      <source>Concern: {title}</source>
      <translation>Preocupación: {title}</translation>
    </message>
    <message>
      <source>Amendment: {title}</source>
      <translation>Enmienda: {title}</translation>
    </message>
    <message>
      <source>Our analysis of the articles it implements:</source>
      <translation>Nuestro análisis de los artículos que aplica:</translation>
    </message>
    <message>
      <source>◇ illustrative</source>
      <translation>◇ ilustrativo</translation>
    </message>
    <message>
      <source>Law or bill</source>
      <translation>Ley o proyecto de ley</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Enlace</translation>
    </message>
  </context>
  <context>
    <name>NationalController</name>
    <message>
      <source>Add law of {name}</source>
      <translation>Añadir una ley de {name}</translation>
    </message>
    <message>
      <source>Edit law</source>
      <translation>Editar la ley</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete {title} and its sections?

You can undo this with Edit → Undo.</source>
      <translation>¿Eliminar {title} y sus secciones?

Puede deshacerlo con Edición → Deshacer.</translation>
    </message>
    <message>
      <source>Delete law</source>
      <translation>Eliminar la ley</translation>
    </message>
    <message>
      <source>Add section</source>
      <translation>Añadir sección</translation>
    </message>
    <message>
      <source>Edit section</source>
      <translation>Editar la sección</translation>
    </message>
    <message>
      <source>Add concern on {label}</source>
      <translation>Añadir una preocupación sobre {label}</translation>
    </message>
    <message>
      <source>Delete {label}?

You can undo this with Edit → Undo.</source>
      <translation>¿Eliminar {label}?

Puede deshacerlo con Edición → Deshacer.</translation>
    </message>
    <message>
      <source>Delete section</source>
      <translation>Eliminar la sección</translation>
    </message>
  </context>
  <context>
    <name>NationalImplementationPage</name>
    <message>
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>S&amp;tate:</source>
      <translation>Es&amp;tado:</translation>
    </message>
    <message>
      <source>Add &amp;law…</source>
      <translation>Añadir &amp;ley…</translation>
    </message>
    <message>
      <source>&amp;Edit law…</source>
      <translation>&amp;Modificar la ley…</translation>
    </message>
    <message>
      <source>Delete la&amp;w</source>
      <translation>Eliminar la le&amp;y</translation>
    </message>
    <message>
      <source>Add se&amp;ction…</source>
      <translation>Añadir &amp;sección…</translation>
    </message>
    <message>
      <source>Edit secti&amp;on…</source>
      <translation>Modificar la se&amp;cción…</translation>
    </message>
    <message>
      <source>Delete sectio&amp;n</source>
      <translation>Eliminar la secció&amp;n</translation>
    </message>
    <message>
      <source>New conce&amp;rn on section…</source>
      <translation>Nueva &amp;preocupación sobre la sección…</translation>
    </message>
    <message>
      <source>Laws and bills of the state</source>
      <translation>Leyes y proyectos de ley del Estado</translation>
    </message>
    <message>
      <source>Sections of the law</source>
      <translation>Secciones de la ley</translation>
    </message>
    <message>
      <source>Section detail</source>
      <translation>Detalle de la sección</translation>
    </message>
    <message>
      <source>No states yet: View → Delegations, Add delegation… (kind: state); then the laws and bills each passes to implement the treaty are recorded here.</source>
      <translation>Todavía no hay Estados: Ver → Delegaciones, Añadir delegación… (tipo: Estado); luego se registran aquí las leyes y proyectos de ley que cada uno aprueba para aplicar el tratado.</translation>
    </message>
    <message>
      <source>No laws or bills recorded for {state} yet: Add law… records one; its sections then map to the treaty articles they implement.</source>
      <translation>Todavía no hay leyes ni proyectos de ley registrados para {state}: Añadir ley… registra uno; sus secciones se vinculan luego a los artículos del tratado que aplican.</translation>
    </message>
    <message>
      <source>No sections recorded yet: Add section… maps one to the treaty articles it implements.</source>
      <translation>Aún no hay secciones registradas: Añadir sección… vincula una a los artículos del tratado que aplica.</translation>
    </message>
    <message>
      <source>this state</source>
      <translation>este Estado</translation>
    </message>
    <message>
      <source>No laws or bills recorded for {name}: Add law… records one.</source>
      <translation>No hay leyes ni proyectos de ley registrados para {name}: Añadir ley… registra uno.</translation>
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <source>Filter provisions…</source>
      <translation>Filtrar disposiciones…</translation>
    </message>
    <message>
      <source>Filter provisions</source>
      <translation>Filtrar disposiciones</translation>
    </message>
    <message>
      <source>Minimum concern severity</source>
      <translation>Gravedad mínima de las preocupaciones</translation>
    </message>
    <message>
      <source>Concern category</source>
      <translation>Categoría de preocupación</translation>
    </message>
    <message>
      <source>Has amendments</source>
      <translation>Con enmiendas</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Delegación</translation>
    </message>
    <message>
      <source>Delegation's stance</source>
      <translation>Postura de la delegación</translation>
    </message>
    <message>
      <source>Provisions</source>
      <translation>Disposiciones</translation>
    </message>
    <message>
      <source>&amp;Document</source>
      <translation>&amp;Documento:</translation>
    </message>
    <message>
      <source>&amp;Version</source>
      <translation>&amp;Versión:</translation>
    </message>
    <message>
      <source>Facets</source>
      <translation>Criterios</translation>
    </message>
    <message>
      <source>Severity ≥</source>
      <translation>Gravedad ≥</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <source>No treaty text yet. File → Import draft… reads one and splits it into articles and paragraphs, which are listed here.</source>
      <translation>Todavía no hay texto de tratado. Archivo → Importar proyecto de texto… lee uno y lo divide en artículos y párrafos, que se enumeran aquí.</translation>
    </message>
    <message>
      <source>any stance</source>
      <translation>cualquier postura</translation>
    </message>
    <message>
      <source>any</source>
      <translation>cualquiera</translation>
    </message>
    <message>
      <source>Filtering provisions</source>
      <translation>Filtrando disposiciones</translation>
    </message>
    <message numerus="yes">
      <source>%n provision(s) found</source>
      <translation>
        <numerusform>%n disposición encontrada</numerusform>
        <numerusform>%n disposiciones encontradas</numerusform>
      </translation>
    </message>
    <message>
      <source>{found}; {provision}, open on the right, is not among them</source>
      <translation>{found}; {provision}, abierta a la derecha, no está entre ellas</translation>
    </message>
    <message numerus="yes">
      <source>Matching the filter themselves: %n provision(s). A matching chapter or article brings all it contains; chapters in grey italics only lead to what was found.</source>
      <translation>
        <numerusform>Coinciden por sí mismas con el filtro: %n disposición. Un capítulo o artículo que coincide incluye todo su contenido; los capítulos en cursiva gris solo conducen a lo encontrado.</numerusform>
        <numerusform>Coinciden por sí mismas con el filtro: %n disposiciones. Un capítulo o artículo que coincide incluye todo su contenido; los capítulos en cursiva gris solo conducen a lo encontrado.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <source>&amp;Encrypt it with a passphrase</source>
      <translation>&amp;Cifrarlo con una frase de contraseña</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
      <source>&amp;Again:</source>
      <translation>&amp;Repetir:</translation>
    </message>
    <message>
      <source>Type a passphrase (a few unrelated words are easy to remember and hard to guess).</source>
      <translation>Escriba una frase de contraseña (unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar).</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
  </context>
  <context>
    <name>PackExport</name>
    <message>
      <source>Op&amp;en PDF</source>
      <translation>Abrir el P&amp;DF</translation>
    </message>
    <message>
      <source>S&amp;how in folder</source>
      <translation>Mostrar en la &amp;carpeta</translation>
    </message>
  </context>
  <context>
    <name>PackLog</name>
    <message>
      <source>Exported (UTC)</source>
      <translation>Exportado (UTC)</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Delegación</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Páginas</translation>
    </message>
    <message>
      <source>Data version</source>
      <translation>Versión de los datos</translation>
    </message>
    <message>
      <source>Capital pack (ministry)</source>
      <translation>Dosier para la capital (ministerio)</translation>
    </message>
    <message>
      <source>Capital pack (committee)</source>
      <translation>Dosier para la capital (comisión)</translation>
    </message>
    <message>
      <source>Check a pack file</source>
      <translation>Comprobar un archivo de dosier</translation>
    </message>
    <message>
      <source>PDF files (*.pdf);;All files (*)</source>
      <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
  </context>
  <context>
    <name>PackPreview</name>
    <message>
      <source>Pack preview</source>
      <translation>Vista previa del dosier</translation>
    </message>
    <message>
      <source>Choose a delegation to see its pack.</source>
      <translation>Elija una delegación para ver su dosier.</translation>
    </message>
    <message>
      <source>Warning: {warning}</source>
      <translation>Advertencia: {warning}</translation>
    </message>
  </context>
  <context>
    <name>PacksController</name>
    <message>
      <source>Export briefing pack</source>
      <translation>Exportar dosier informativo</translation>
    </message>
    <message>
      <source>Export packs</source>
      <translation>Exportar dosieres</translation>
    </message>
    <message numerus="yes">
      <source>Building %n pack(s)…</source>
      <translation>
        <numerusform>Creando %n dosier…</numerusform>
        <numerusform>Creando %n dosieres…</numerusform>
      </translation>
    </message>
    <message>
      <source>Packs already written are in the export log.</source>
      <translation>Los dosieres ya escritos figuran en el registro de exportaciones.</translation>
    </message>
    <message>
      <source>Pack export cancelled; packs already written are in the export log.</source>
      <translation>Exportación cancelada; los dosieres ya escritos figuran en el registro de exportaciones.</translation>
    </message>
    <message numerus="yes">
      <source>%n pack(s) written to {folder}.</source>
      <translation>
        <numerusform>%n dosier escrito en {folder}.</numerusform>
        <numerusform>%n dosieres escritos en {folder}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Failed: {delegation}: {error}</source>
      <translation>Error: {delegation}: {error}</translation>
    </message>
    <message>
      <source>Packs exported</source>
      <translation>Dosieres exportados</translation>
    </message>
    <message>
      <source>Export log</source>
      <translation>Registro de exportaciones</translation>
    </message>
    <message>
      <source>Export briefing &amp;pack…</source>
      <translation>Exportar dosier informati&amp;vo…</translation>
    </message>
    <message>
      <source>Create a PDF briefing pack tailored to a delegation</source>
      <translation>Crear un dosier informativo en PDF adaptado a una delegación</translation>
    </message>
    <message>
      <source>Print &amp;briefing pack…</source>
      <translation>Im&amp;primir dosier informativo…</translation>
    </message>
    <message>
      <source>Print a delegation's pack as previewed</source>
      <translation>Imprimir el dosier de una delegación tal como se muestra</translation>
    </message>
    <message>
      <source>Export packs for &amp;several delegations…</source>
      <translation>Exportar dosieres para varias de&amp;legaciones…</translation>
    </message>
    <message>
      <source>Pack export &amp;log…</source>
      <translation>Re&amp;gistro de exportaciones…</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Dirección web</translation>
    </message>
    <message>
      <source>Cited by</source>
      <translation>Citado por</translation>
    </message>
    <message>
      <source>Sensitivity</source>
      <translation>Confidencialidad</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Fuentes</translation>
    </message>
    <message>
      <source>Add source…</source>
      <translation>Añadir fuente…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>No sources yet. Add source… records a report, statement or article (title, organization, date, web address) that concerns and positions can cite.</source>
      <translation>Todavía no hay fuentes. Añadir fuente… registra un informe, una declaración o un artículo (título, organización, fecha, dirección web) que las preocupaciones y las posiciones pueden citar.</translation>
    </message>
    <message>
      <source>Evidence case</source>
      <translation>Caso documentado</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <source>Law</source>
      <translation>Ley</translation>
    </message>
    <message>
      <source>Evidence cases</source>
      <translation>Casos documentados</translation>
    </message>
    <message>
      <source>Add case…</source>
      <translation>Añadir caso…</translation>
    </message>
    <message>
      <source>No evidence cases yet. Add case… records a documented case (country, law, what happened) that concerns can cite and packs can annex.</source>
      <translation>Todavía no hay casos documentados. Añadir caso… registra un caso documentado (país, ley, lo que ocurrió) que las preocupaciones pueden citar y los dosieres anexar.</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Preocupaciones</translation>
    </message>
    <message>
      <source>Amendments</source>
      <translation>Enmiendas</translation>
    </message>
    <message>
      <source>Supports</source>
      <translation>Apoya</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Nombre corto</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Coalition</source>
      <translation>Coalición</translation>
    </message>
    <message>
      <source>member</source>
      <translation>miembro</translation>
    </message>
    <message>
      <source>Organizations</source>
      <translation>Organizaciones</translation>
    </message>
    <message>
      <source>Add organization…</source>
      <translation>Añadir organización…</translation>
    </message>
    <message>
      <source>No organizations yet. Add organization… records an NGO, coalition or other group; concerns and amendments then name who raised them.</source>
      <translation>Todavía no hay organizaciones. Añadir organización… registra una ONG, una coalición u otro grupo; preocupaciones y enmiendas nombran luego quién las planteó.</translation>
    </message>
    <message>
      <source>Filter {what}…</source>
      <translation>Filtrar: {what}…</translation>
    </message>
    <message>
      <source>Filter {what}</source>
      <translation>Filtrar: {what}</translation>
    </message>
    <message>
      <source>Concern</source>
      <translation>Preocupación</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Provisions</source>
      <translation>Disposiciones</translation>
    </message>
    <message>
      <source>Go to provision</source>
      <translation>Ir a la disposición</translation>
    </message>
    <message>
      <source>No concerns yet. Choose a provision under View → Provisions and use Edit → New concern on this provision… (or Add concern… on its Concerns tab); File → Import bundle… brings a partner's concerns.</source>
      <translation>Todavía no hay preocupaciones. Elija una disposición en Ver → Disposiciones y use Edición → Nueva preocupación sobre esta disposición… (o Añadir preocupación… en su pestaña Preocupaciones); Archivo → Importar lote… trae las preocupaciones de un socio.</translation>
    </message>
    <message>
      <source>Contributed by</source>
      <translation>Aportado por</translation>
    </message>
    <message>
      <source>Contributed by:</source>
      <translation>Aportado por:</translation>
    </message>
    <message>
      <source>any</source>
      <translation>cualquiera</translation>
    </message>
    <message>
      <source>our own</source>
      <translation>los nuestros</translation>
    </message>
    <message>
      <source>demo corpus ({n})</source>
      <translation>corpus de demostración ({n})</translation>
    </message>
    <message>
      <source>an unnamed organization</source>
      <translation>una organización sin nombre</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Delegación</translation>
    </message>
    <message>
      <source>ISO</source>
      <translation>ISO</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <source>Positions</source>
      <translation>Posiciones</translation>
    </message>
    <message>
      <source>Delegations</source>
      <translation>Delegaciones</translation>
    </message>
    <message>
      <source>Add delegation…</source>
      <translation>Añadir delegación…</translation>
    </message>
    <message>
      <source>No delegations yet. Add delegation… records one (name, ISO code, working languages); then their positions, notes and contacts show here and each can get its own briefing pack.</source>
      <translation>Todavía no hay delegaciones. Añadir delegación… registra una (nombre, código ISO, idiomas de trabajo); luego sus posiciones, notas y contactos aparecen aquí, y cada una puede recibir su propio dosier informativo.</translation>
    </message>
    <message>
      <source>Delegation detail</source>
      <translation>Detalle de la delegación</translation>
    </message>
    <message>
      <source>Add note…</source>
      <translation>Añadir nota…</translation>
    </message>
    <message>
      <source>Add contact…</source>
      <translation>Añadir contacto…</translation>
    </message>
    <message>
      <source>Choose a delegation.</source>
      <translation>Elija una delegación.</translation>
    </message>
  </context>
  <context>
    <name>PrintDialogs</name>
    <message>
      <source>Print briefing pack</source>
      <translation>Imprimir dosier informativo</translation>
    </message>
    <message>
      <source>Printing page {}…</source>
      <translation>Imprimiendo la página {}…</translation>
    </message>
  </context>
  <context>
    <name>ProfileBar</name>
    <message>
      <source>Pack profile</source>
      <translation>Perfil de dosier</translation>
    </message>
    <message>
      <source>The first profile is the delegation's default: batch export and briefing-app pack use it unless told otherwise.</source>
      <translation>El primer perfil es el predeterminado de la delegación: la exportación por lotes y briefing-app pack lo usan salvo que se indique otro.</translation>
    </message>
    <message>
      <source>Pro&amp;file:</source>
      <translation>Per&amp;fil:</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Nuevo…</translation>
    </message>
    <message>
      <source>A new profile, starting as a copy of the shown settings</source>
      <translation>Un perfil nuevo, copia de los ajustes mostrados</translation>
    </message>
    <message>
      <source>&amp;Rename…</source>
      <translation>&amp;Renombrar…</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>E&amp;liminar</translation>
    </message>
    <message>
      <source>New pack profile</source>
      <translation>Nuevo perfil de dosier</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copia)</translation>
    </message>
    <message>
      <source>Profile not created</source>
      <translation>Perfil no creado</translation>
    </message>
    <message>
      <source>Rename pack profile</source>
      <translation>Renombrar el perfil de dosier</translation>
    </message>
    <message>
      <source>Profile not renamed</source>
      <translation>Perfil no renombrado</translation>
    </message>
    <message>
      <source>Delete the pack profile {name!r} of {delegation}? Exports already in the log keep its name.</source>
      <translation>¿Eliminar el perfil de dosier {name!r} de {delegation}? Las exportaciones que ya figuran en el registro conservan su nombre.</translation>
    </message>
    <message>
      <source>Delete pack profile</source>
      <translation>Eliminar el perfil de dosier</translation>
    </message>
    <message>
      <source>Profile not deleted</source>
      <translation>Perfil no eliminado</translation>
    </message>
  </context>
  <context>
    <name>ProfileEditor</name>
    <message>
      <source>Full pack</source>
      <translation>Dosier completo</translation>
    </message>
    <message>
      <source>Two-page brief</source>
      <translation>Nota de dos páginas</translation>
    </message>
    <message>
      <source>Talking points only</source>
      <translation>Solo argumentos clave</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automático</translation>
    </message>
    <message>
      <source>Always include</source>
      <translation>Incluir siempre</translation>
    </message>
    <message>
      <source>Never include</source>
      <translation>No incluir nunca</translation>
    </message>
    <message>
      <source>{severity} or higher</source>
      <translation>{severity} o superior</translation>
    </message>
    <message>
      <source>The delegation's first working language</source>
      <translation>El primer idioma de trabajo de la delegación</translation>
    </message>
    <message>
      <source>The pack's own words (headings, labels, talking-point frames); your concerns and amendments stay in the language you wrote them in</source>
      <translation>Las palabras propias del dosier (títulos, etiquetas, fórmulas de los argumentos); sus preocupaciones y enmiendas se mantienen en el idioma en que las redactó</translation>
    </message>
    <message>
      <source>Evidence annex (documented cases)</source>
      <translation>Anexo de pruebas (casos documentados)</translation>
    </message>
    <message>
      <source>Sources annex with numbered references</source>
      <translation>Anexo de fuentes con referencias numeradas</translation>
    </message>
    <message>
      <source>Complete pack, this export only: every selected provision and concern</source>
      <translation>Dosier completo, solo para esta exportación: todas las disposiciones y preocupaciones seleccionadas</translation>
    </message>
    <message>
      <source>Otherwise the pack covers the 40 provisions most important for the delegation, each with its 8 most serious concerns, and says how many more</source>
      <translation>De lo contrario, el dosier abarca las 40 disposiciones más importantes para la delegación, cada una con sus 8 preocupaciones más graves, e indica cuántas más hay</translation>
    </message>
    <message>
      <source>For the delegation of …</source>
      <translation>Para la delegación de …</translation>
    </message>
    <message>
      <source>YYYY-MM-DD (empty: date of the latest change)</source>
      <translation>AAAA-MM-DD (vacío: fecha del último cambio)</translation>
    </message>
    <message>
      <source>The organisations named as issuing the pack; none ticked: no issuer is named</source>
      <translation>Las organizaciones que figuran como autoras del dosier; ninguna marcada: no se nombra a ninguna</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Disposición</translation>
    </message>
    <message>
      <source>In the pack</source>
      <translation>En el dosier</translation>
    </message>
    <message>
      <source>Draft version the pack refers to</source>
      <translation>Versión del proyecto a la que remite el dosier</translation>
    </message>
    <message>
      <source>Pack template</source>
      <translation>Modelo de dosier</translation>
    </message>
    <message>
      <source>Minimum severity</source>
      <translation>Gravedad mínima</translation>
    </message>
    <message>
      <source>Language of the pack</source>
      <translation>Idioma del dosier</translation>
    </message>
    <message>
      <source>Marking on every page</source>
      <translation>Marca en cada página</translation>
    </message>
    <message>
      <source>Date of the pack</source>
      <translation>Fecha del dosier</translation>
    </message>
    <message>
      <source>Issuing organisations</source>
      <translation>Organizaciones autoras</translation>
    </message>
    <message>
      <source>Provisions in the pack</source>
      <translation>Disposiciones del dosier</translation>
    </message>
    <message>
      <source>Te&amp;xt:</source>
      <translation>Te&amp;xto:</translation>
    </message>
    <message>
      <source>&amp;Template:</source>
      <translation>&amp;Modelo:</translation>
    </message>
    <message>
      <source>Minimum se&amp;verity:</source>
      <translation>Gra&amp;vedad mínima:</translation>
    </message>
    <message>
      <source>Lan&amp;guage:</source>
      <translation>I&amp;dioma:</translation>
    </message>
    <message>
      <source>&amp;Marking:</source>
      <translation>M&amp;arca:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>F&amp;echa:</translation>
    </message>
    <message>
      <source>&amp;Issued by:</source>
      <translation>Pu&amp;blicado por:</translation>
    </message>
    <message>
      <source>Latest version</source>
      <translation>Última versión</translation>
    </message>
    <message>
      <source>Include {label}</source>
      <translation>Incluir {label}</translation>
    </message>
  </context>
  <context>
    <name>ProfileNameDialog</name>
    <message>
      <source>Profile name</source>
      <translation>Nombre del perfil</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
  </context>
  <context>
    <name>ProvenanceDialog</name>
    <message>
      <source>concerns</source>
      <translation>preocupaciones</translation>
    </message>
    <message>
      <source>amendments</source>
      <translation>enmiendas</translation>
    </message>
    <message>
      <source>positions</source>
      <translation>posiciones</translation>
    </message>
    <message>
      <source>sources</source>
      <translation>fuentes</translation>
    </message>
    <message>
      <source>cases</source>
      <translation>casos documentados</translation>
    </message>
    <message>
      <source>delegations</source>
      <translation>delegaciones</translation>
    </message>
    <message>
      <source>organizations</source>
      <translation>organizaciones</translation>
    </message>
    <message>
      <source>provisions</source>
      <translation>disposiciones</translation>
    </message>
    <message>
      <source>Made in this workspace</source>
      <translation>Creado en este espacio de trabajo</translation>
    </message>
    <message>
      <source>Contributions by organization</source>
      <translation>Aportaciones por organización</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Elemento</translation>
    </message>
    <message>
      <source>Contributed by</source>
      <translation>Aportado por</translation>
    </message>
    <message>
      <source>Bundle made</source>
      <translation>Lote creado el</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Elementos</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>All partners</source>
      <translation>Todos los socios</translation>
    </message>
    <message>
      <source>{n} {records}</source>
      <translation>{n} {records}</translation>
    </message>
    <message>
      <source> (first {n})</source>
      <translation> (los {n} primeros)</translation>
    </message>
    <message>
      <source>No {records} here yet. Each record a partner's bundle brings (File → Import bundle…) is listed with the organization that sent it and when the bundle was made; “Made in this workspace” lists your own.</source>
      <translation>Todavía no hay nada aquí ({records}). Cada elemento que trae el lote de un socio (Archivo → Importar lote…) aparece con la organización que lo envió y la fecha del lote; «Creado en este espacio de trabajo» muestra los suyos.</translation>
    </message>
  </context>
  <context>
    <name>ProvisionPanel</name>
    <message>
      <source>Provision text</source>
      <translation>Texto de la disposición</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Preocupaciones</translation>
    </message>
    <message>
      <source>Add concern…</source>
      <translation>Añadir preocupación…</translation>
    </message>
    <message>
      <source>Amendments</source>
      <translation>Enmiendas</translation>
    </message>
    <message>
      <source>Add amendment…</source>
      <translation>Añadir enmienda…</translation>
    </message>
    <message>
      <source>Positions</source>
      <translation>Posiciones</translation>
    </message>
    <message>
      <source>Add position…</source>
      <translation>Añadir posición…</translation>
    </message>
    <message>
      <source>Provision details</source>
      <translation>Detalles de la disposición</translation>
    </message>
    <message>
      <source>&amp;Concerns</source>
      <translation>&amp;Preocupaciones</translation>
    </message>
    <message>
      <source>&amp;Amendments</source>
      <translation>&amp;Enmiendas</translation>
    </message>
    <message>
      <source>&amp;Positions</source>
      <translation>P&amp;osiciones</translation>
    </message>
    <message>
      <source>No workspace is open: File → Open… or File → New workspace…</source>
      <translation>No hay ningún espacio de trabajo abierto: Archivo → Abrir… o Archivo → Nuevo espacio de trabajo…</translation>
    </message>
    <message>
      <source>Choose a provision in the tree on the left, or search with Ctrl+F.</source>
      <translation>Elija una disposición en el árbol de la izquierda, o busque con Ctrl+F.</translation>
    </message>
  </context>
  <context>
    <name>ProvisionTree</name>
    <message>
      <source>Provision</source>
      <translation>Disposición</translation>
    </message>
    <message>
      <source>Concerns (with its paragraphs)</source>
      <translation>Preocupaciones (con sus párrafos)</translation>
    </message>
    <message>
      <source>Amendments (with its paragraphs)</source>
      <translation>Enmiendas (con sus párrafos)</translation>
    </message>
  </context>
  <context>
    <name>Provisions</name>
    <message>
      <source>Preamble</source>
      <translation>Preámbulo</translation>
    </message>
    <message>
      <source>Part {number}</source>
      <translation>Parte {number}</translation>
    </message>
    <message>
      <source>Title {number}</source>
      <translation>Título {number}</translation>
    </message>
    <message>
      <source>Chapter {number}</source>
      <translation>Capítulo {number}</translation>
    </message>
    <message>
      <source>Section {number}</source>
      <translation>Sección {number}</translation>
    </message>
    <message>
      <source>Article {number}</source>
      <translation>Artículo {number}</translation>
    </message>
    <message>
      <source>Annex {number}</source>
      <translation>Anexo {number}</translation>
    </message>
    <message>
      <source>Interpretative notes {number}</source>
      <translation>Notas interpretativas {number}</translation>
    </message>
    <message>
      <source>Closing formula {number}</source>
      <translation>Cláusula final {number}</translation>
    </message>
    <message>
      <source>para. {number}</source>
      <translation>párr. {number}</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <source>(choose)</source>
      <translation>(elegir)</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
      <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
      <source>{label} is required.</source>
      <translation>{label}: este campo es obligatorio.</translation>
    </message>
    <message>
      <source>{label} must be a real date such as 2024-08-08 (or 2024-08, 2024).</source>
      <translation>{label}: indique una fecha real, por ejemplo 2024-08-08 (o 2024-08, 2024).</translation>
    </message>
    <message>
      <source>{label} must start with http:// or https://.</source>
      <translation>{label}: la dirección debe empezar por http:// o https://.</translation>
    </message>
  </context>
  <context>
    <name>RecordDialogs</name>
    <message>
      <source>(none)</source>
      <translation>(ninguna)</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <source>Show settled items (carried unchanged, resolved)</source>
      <translation>Mostrar los elementos resueltos (trasladados sin cambios, resueltos)</translation>
    </message>
    <message>
      <source>Mark &amp;resolved</source>
      <translation>Marcar como &amp;resuelto</translation>
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation>Rea&amp;brir</translation>
    </message>
    <message>
      <source>&amp;New draft</source>
      <translation>&amp;Nuevo proyecto:</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s) need a look.</source>
      <translation>
        <numerusform>%n elemento necesita revisión.</numerusform>
        <numerusform>%n elementos necesitan revisión.</numerusform>
      </translation>
    </message>
    <message>
      <source>No document has a second version yet: import a new draft first.</source>
      <translation>Ningún documento tiene aún una segunda versión: importe primero un nuevo proyecto.</translation>
    </message>
  </context>
  <context>
    <name>SchemaUpgrade</name>
    <message>
      <source>Updating the workspace</source>
      <translation>Actualización del espacio de trabajo</translation>
    </message>
    <message>
      <source>Updating {name} for this version of Briefing Desk (step {step} of {total}). This may take a while for a large workspace; Cancel leaves the file as it was.</source>
      <translation>Actualizando {name} para esta versión de Briefing Desk (paso {step} de {total}). Puede tardar un poco en un espacio de trabajo grande; Cancelar deja el archivo como estaba.</translation>
    </message>
    <message>
      <source>{name} was not opened and is unchanged.</source>
      <translation>{name} no se abrió y sigue sin cambios.</translation>
    </message>
    <message>
      <source>Cancelling: putting {name} back as it was…</source>
      <translation>Cancelando: {name} vuelve a quedar como estaba…</translation>
    </message>
    <message>
      <source>Cannot open workspace</source>
      <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
      <source>{name} is unchanged.</source>
      <translation>{name} sigue sin cambios.</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <source>Search</source>
      <translation>Búsqueda</translation>
    </message>
    <message>
      <source>Search provisions, concerns and amendments…</source>
      <translation>Buscar disposiciones, preocupaciones y enmiendas…</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
      <source>Results appear as you type: words from a provision's number or heading, a concern or an amendment; a "quoted phrase" matches as written. ↑/↓ choose, Enter opens the hit.</source>
      <translation>Los resultados aparecen mientras escribe: palabras del número o el título de una disposición, de una preocupación o de una enmienda; una "frase entre comillas" se busca tal cual. ↑/↓ para elegir, Intro abre el resultado.</translation>
    </message>
    <message numerus="yes">
      <source>%n result(s)</source>
      <translation>
        <numerusform>%n resultado</numerusform>
        <numerusform>%n resultados</numerusform>
      </translation>
    </message>
    <message>
      <source>No results.</source>
      <translation>Ningún resultado.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Atajo</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>Menú</translation>
    </message>
    <message>
      <source>Text fields also take the usual editing keys; Tab and Shift+Tab move between fields; the Menu key or Shift+F10 opens a card's actions.</source>
      <translation>Los campos de texto admiten también las teclas de edición habituales; Tab y Mayús+Tab pasan de un campo a otro; la tecla Menú o Mayús+F10 abre las acciones de una ficha.</translation>
    </message>
  </context>
  <context>
    <name>SidePanel</name>
    <message>
      <source>Type a delegation to see what it said before</source>
      <translation>Escriba una delegación para ver lo que dijo antes</translation>
    </message>
    <message>
      <source>What the delegation said before</source>
      <translation>Lo que la delegación dijo antes</translation>
    </message>
    <message>
      <source>Proposals on this provision</source>
      <translation>Propuestas sobre esta disposición</translation>
    </message>
    <message>
      <source>{name} said before</source>
      <translation>{name} dijo antes</translation>
    </message>
    <message>
      <source>{name} has not taken the floor yet</source>
      <translation>{name} aún no ha hecho uso de la palabra</translation>
    </message>
    <message>
      <source>No position recorded on {provision}</source>
      <translation>Ninguna posición registrada sobre {provision}</translation>
    </message>
    <message>
      <source>Position on {provision} now: {stance} ({date}{where})</source>
      <translation>Posición actual sobre {provision}: {stance} ({date}{where})</translation>
    </message>
    <message>
      <source>None yet: a redline such as delete 'may' tables one</source>
      <translation>Ninguna por ahora: un cambio como delete 'may' presenta una</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>Negotiating status</source>
      <translation>Estado de negociación</translation>
    </message>
    <message>
      <source>Where does {provision} stand?</source>
      <translation>¿En qué punto está {provision}?</translation>
    </message>
    <message>
      <source>Choose a provision in the tree first.</source>
      <translation>Elija primero una disposición en el árbol.</translation>
    </message>
    <message>
      <source>Set status of {provision}</source>
      <translation>Establecer el estado de {provision}</translation>
    </message>
    <message>
      <source>Export capital pack</source>
      <translation>Exportar dosier para la capital</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>The &amp;ministry (status and reservations first)</source>
      <translation>El &amp;ministerio (estado y reservas primero)</translation>
    </message>
    <message>
      <source>A parliament &amp;committee (the bill and safeguards first)</source>
      <translation>Una &amp;comisión parlamentaria (el proyecto de ley y las salvaguardias primero)</translation>
    </message>
    <message>
      <source>Addressed to</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <source>&amp;State</source>
      <translation>&amp;Estado:</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Para</translation>
    </message>
    <message>
      <source>&amp;Addressed to</source>
      <translation>&amp;Destinatario:</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportar…</translation>
    </message>
    <message>
      <source>Reservation or declaration</source>
      <translation>Reserva o declaración</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Summary (our words)</source>
      <translation>Resumen (con nuestras palabras)</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <source>Withdrawn on</source>
      <translation>Retirada el</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Fiabilidad</translation>
    </message>
    <message>
      <source>Step towards the treaty</source>
      <translation>Paso hacia el tratado</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Paso</translation>
    </message>
    <message>
      <source>Illustrative (no source supports it)</source>
      <translation>Ilustrativo (ninguna fuente lo respalda)</translation>
    </message>
    <message>
      <source>Note (our words)</source>
      <translation>Nota (con nuestras palabras)</translation>
    </message>
    <message>
      <source>Name the source, or mark the step illustrative.</source>
      <translation>Indique la fuente, o marque el paso como ilustrativo.</translation>
    </message>
    <message>
      <source>Provisions it touches (none: the whole treaty)</source>
      <translation>Disposiciones afectadas (ninguna: todo el tratado)</translation>
    </message>
    <message>
      <source>It cannot be withdrawn before it was made.</source>
      <translation>No puede retirarse antes de haberse formulado.</translation>
    </message>
    <message>
      <source>National law or bill</source>
      <translation>Ley o proyecto de ley nacional</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <source>Date of that stage</source>
      <translation>Fecha de esa etapa</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Enlace</translation>
    </message>
    <message>
      <source>Section of a national law</source>
      <translation>Sección de una ley nacional</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Epígrafe</translation>
    </message>
    <message>
      <source>What it says (our words)</source>
      <translation>Lo que dice (con nuestras palabras)</translation>
    </message>
    <message>
      <source>Treaty articles it implements</source>
      <translation>Artículos del tratado que aplica</translation>
    </message>
    <message>
      <source>Concerns about it</source>
      <translation>Preocupaciones al respecto</translation>
    </message>
    <message>
      <source>Documented cases under it</source>
      <translation>Casos documentados en virtud de ella</translation>
    </message>
    <message>
      <source>Give the section a number or a heading.</source>
      <translation>Dé a la sección un número o un epígrafe.</translation>
    </message>
    <message>
      <source>&amp;Participant</source>
      <translation>&amp;Participante</translation>
    </message>
    <message>
      <source>&amp;Signature</source>
      <translation>&amp;Firma</translation>
    </message>
    <message>
      <source>I&amp;nstrument</source>
      <translation>I&amp;nstrumento</translation>
    </message>
    <message>
      <source>&amp;Withdrawal</source>
      <translation>&amp;Retiro</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Tipo</translation>
    </message>
    <message>
      <source>Dat&amp;e</source>
      <translation>F&amp;echa</translation>
    </message>
    <message>
      <source>Import status list</source>
      <translation>Importar estado de ratificaciones</translation>
    </message>
    <message>
      <source>Status table</source>
      <translation>Tabla del estado de ratificaciones</translation>
    </message>
    <message>
      <source>Paste the depositary's table here (from a spreadsheet or web page), or open a CSV file. The first line names the columns.</source>
      <translation>Pegue aquí la tabla del depositario (desde una hoja de cálculo o una página web), o abra un archivo CSV. La primera línea nombra las columnas.</translation>
    </message>
    <message>
      <source>&amp;Open file…</source>
      <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
      <source>Rows that cannot be read</source>
      <translation>Filas que no se pueden leer</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importar</translation>
    </message>
    <message>
      <source> column</source>
      <translation> (columna)</translation>
    </message>
    <message>
      <source>Source of the list</source>
      <translation>Fuente de la lista</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ninguna)</translation>
    </message>
    <message>
      <source>Add delegations for participants not in the workspace</source>
      <translation>Añadir delegaciones para los participantes que no están en el espacio de trabajo</translation>
    </message>
    <message>
      <source>Open status list</source>
      <translation>Abrir el estado de ratificaciones</translation>
    </message>
    <message>
      <source>Tables (*.csv *.tsv *.txt *.md);;All files (*)</source>
      <translation>Tablas (*.csv *.tsv *.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Cannot read {file} as UTF-8 text: {error}</source>
      <translation>No se puede leer {file} como texto UTF-8: {error}</translation>
    </message>
    <message>
      <source>(not in the table)</source>
      <translation>(no figura en la tabla)</translation>
    </message>
    <message>
      <source>Name the column that holds the participants.</source>
      <translation>Indique la columna que contiene los participantes.</translation>
    </message>
    <message>
      <source>{new} new, {updated} updated, {unchanged} unchanged</source>
      <translation>{new} nuevos, {updated} actualizados, {unchanged} sin cambios</translation>
    </message>
    <message>
      <source>; {n} new delegation(s)</source>
      <translation>; {n} delegación(es) nueva(s)</translation>
    </message>
    <message>
      <source>Every row can be read: {counts}.</source>
      <translation>Todas las filas se pueden leer: {counts}.</translation>
    </message>
    <message>
      <source>{n} row(s) cannot be read; nothing will be imported until they are fixed ({counts} otherwise).</source>
      <translation>{n} fila(s) no se pueden leer; no se importará nada hasta que se corrijan ({counts} en otro caso).</translation>
    </message>
    <message>
      <source>Entry-into-force rule</source>
      <translation>Regla de entrada en vigor</translation>
    </message>
    <message>
      <source>Instruments required</source>
      <translation>Instrumentos necesarios</translation>
    </message>
    <message>
      <source>Days after the deciding instrument</source>
      <translation>Días después del instrumento decisivo</translation>
    </message>
    <message>
      <source>Kinds that count</source>
      <translation>Tipos que cuentan</translation>
    </message>
    <message>
      <source>Regional economic integration organisations</source>
      <translation>Organizaciones regionales de integración económica</translation>
    </message>
    <message>
      <source>Their instruments count on top of their members'</source>
      <translation>Sus instrumentos cuentan además de los de sus miembros</translation>
    </message>
    <message>
      <source>What the treaty says (our words)</source>
      <translation>Lo que dice el tratado (con nuestras palabras)</translation>
    </message>
    <message>
      <source>&amp;Instruments required</source>
      <translation>&amp;Instrumentos necesarios:</translation>
    </message>
    <message>
      <source>&amp;Days after the deciding one</source>
      <translation>&amp;Días después del decisivo:</translation>
    </message>
    <message>
      <source>Regional organisations</source>
      <translation>Organizaciones regionales</translation>
    </message>
    <message>
      <source>What the treaty says</source>
      <translation>Lo que dice el tratado</translation>
    </message>
    <message>
      <source>Tick at least one kind of instrument that counts.</source>
      <translation>Marque al menos un tipo de instrumento que cuente.</translation>
    </message>
    <message>
      <source>illustrative</source>
      <translation>ilustrativo</translation>
    </message>
    <message>
      <source>Whole treaty</source>
      <translation>Todo el tratado</translation>
    </message>
    <message>
      <source>Art. {number}({part})</source>
      <translation>art. {number}, párr. {part}</translation>
    </message>
    <message>
      <source>Art. {number}</source>
      <translation>art. {number}</translation>
    </message>
    <message>
      <source> ({date})</source>
      <translation> ({date})</translation>
    </message>
    <message>
      <source>; withdrawn {date}</source>
      <translation>; retirada el {date}</translation>
    </message>
    <message>
      <source>{kind}{when} on {scope}{withdrawn} (illustrative): {summary}</source>
      <translation>{kind}{when} sobre {scope}{withdrawn} (dato ilustrativo): {summary}</translation>
    </message>
    <message>
      <source>{kind}{when} on {scope}{withdrawn}: {summary}</source>
      <translation>{kind}{when} sobre {scope}{withdrawn}: {summary}</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participante</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Instrumento</translation>
    </message>
    <message>
      <source>Withdrawal</source>
      <translation>Retiro</translation>
    </message>
    <message>
      <source>Reservations</source>
      <translation>Reservas</translation>
    </message>
    <message>
      <source>Groups</source>
      <translation>Grupos</translation>
    </message>
  </context>
  <context>
    <name>StatusController</name>
    <message>
      <source>The workspace has no treaty yet: import a draft first.</source>
      <translation>El espacio de trabajo aún no contiene ningún tratado: importe primero un proyecto.</translation>
    </message>
    <message>
      <source>Import status list</source>
      <translation>Importar estado de ratificaciones</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>No se importó nada.</translation>
    </message>
    <message>
      <source>Import status list ({n} changes)</source>
      <translation>Importar estado de ratificaciones ({n} cambios)</translation>
    </message>
    <message>
      <source>Imported the status list: {new} new, {updated} updated.</source>
      <translation>Estado de ratificaciones importado: {new} nuevos, {updated} actualizados.</translation>
    </message>
    <message>
      <source>Add reservation of {name}</source>
      <translation>Añadir una reserva de {name}</translation>
    </message>
    <message>
      <source>Edit reservation</source>
      <translation>Editar la reserva</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Edit the entry-into-force rule</source>
      <translation>Editar la regla de entrada en vigor</translation>
    </message>
    <message>
      <source>Record {kind} of {name}</source>
      <translation>Registrar {kind} de {name}</translation>
    </message>
    <message>
      <source>Edit {kind}</source>
      <translation>Editar {kind}</translation>
    </message>
    <message>
      <source>Delete this {kind} ({date})?

You can undo this with Edit → Undo.</source>
      <translation>¿Eliminar este elemento ({kind}, {date})?

Puede deshacerlo con Edición → Deshacer.</translation>
    </message>
    <message>
      <source>Delete {kind}</source>
      <translation>Eliminar {kind}</translation>
    </message>
    <message>
      <source>Delete this {kind}?

You can undo this with Edit → Undo.</source>
      <translation>¿Eliminar este elemento ({kind})?

Puede deshacerlo con Edición → Deshacer.</translation>
    </message>
    <message>
      <source>Delete reservation</source>
      <translation>Eliminar la reserva</translation>
    </message>
    <message>
      <source>Export capital pack</source>
      <translation>Exportar dosier para la capital</translation>
    </message>
    <message>
      <source>Writing the capital pack…</source>
      <translation>Redactando el dosier para la capital…</translation>
    </message>
    <message>
      <source>Capital pack not logged</source>
      <translation>Dosier para la capital no registrado</translation>
    </message>
    <message>
      <source>{file} was written but is not in the export log.</source>
      <translation>{file} se escribió pero no figura en el registro de exportaciones.</translation>
    </message>
    <message>
      <source>Saved the capital pack as {file}.</source>
      <translation>Dosier para la capital guardado como {file}.</translation>
    </message>
    <message>
      <source>Capital pack cancelled</source>
      <translation>Dosier para la capital cancelado</translation>
    </message>
    <message>
      <source>Export capit&amp;al pack…</source>
      <translation>Exportar dosier para la &amp;capital…</translation>
    </message>
    <message>
      <source>After adoption: a pack for a state's ministry or parliament committee</source>
      <translation>Tras la adopción: un dosier para el ministerio o la comisión parlamentaria de un Estado</translation>
    </message>
    <message>
      <source>No file was written.</source>
      <translation>No se escribió ningún archivo.</translation>
    </message>
    <message>
      <source>&amp;Treaty status</source>
      <translation>Estado del &amp;tratado</translation>
    </message>
    <message>
      <source>Signatures, ratifications, reservations and entry into force</source>
      <translation>Firmas, ratificaciones, reservas y entrada en vigor</translation>
    </message>
    <message>
      <source>National &amp;implementation</source>
      <translation>Aplicación &amp;nacional</translation>
    </message>
    <message>
      <source>Laws and bills per state, mapped to the treaty articles they implement</source>
      <translation>Leyes y proyectos de ley por Estado, vinculados a los artículos del tratado que aplican</translation>
    </message>
    <message>
      <source>Was our ask &amp;adopted?</source>
      <translation>¿Se &amp;adoptó nuestra petición?</translation>
    </message>
    <message>
      <source>Each amendment we recommended judged against a later text, with the evidence</source>
      <translation>Cada enmienda que recomendamos, evaluada frente a un texto posterior, con las pruebas</translation>
    </message>
    <message>
      <source>Import stat&amp;us list…</source>
      <translation>Importar estado de rati&amp;ficaciones…</translation>
    </message>
    <message>
      <source>The depositary's list of signatures and ratifications, from a CSV file or a pasted table</source>
      <translation>La lista de firmas y ratificaciones del depositario, desde un archivo CSV o una tabla pegada</translation>
    </message>
  </context>
  <context>
    <name>StatusViews</name>
    <message>
      <source>Save as PDF</source>
      <translation>Guardar como PDF</translation>
    </message>
  </context>
  <context>
    <name>TreatyStatusPage</name>
    <message>
      <source>Treaty status by state</source>
      <translation>Estado del tratado por Estado</translation>
    </message>
    <message>
      <source>Treaty</source>
      <translation>Tratado</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <source>Filter states…</source>
      <translation>Filtrar los Estados…</translation>
    </message>
    <message>
      <source>Filter states</source>
      <translation>Filtrar los Estados</translation>
    </message>
    <message>
      <source>&amp;Treaty:</source>
      <translation>&amp;Tratado:</translation>
    </message>
    <message>
      <source>&amp;Group:</source>
      <translation>&amp;Grupo:</translation>
    </message>
    <message>
      <source>&amp;Import status list…</source>
      <translation>&amp;Importar estado de ratificaciones…</translation>
    </message>
    <message>
      <source>Entry-into-&amp;force rule…</source>
      <translation>&amp;Regla de entrada en vigor…</translation>
    </message>
    <message>
      <source>Add rese&amp;rvation…</source>
      <translation>Añadir re&amp;serva…</translation>
    </message>
    <message>
      <source>&amp;Edit reservation…</source>
      <translation>&amp;Modificar la reserva…</translation>
    </message>
    <message>
      <source>De&amp;lete reservation</source>
      <translation>E&amp;liminar la reserva</translation>
    </message>
    <message>
      <source>Steps of the selected state</source>
      <translation>Etapas del Estado seleccionado</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Etapas</translation>
    </message>
    <message>
      <source>Record ste&amp;p…</source>
      <translation>Registrar eta&amp;pa…</translation>
    </message>
    <message>
      <source>Edit step…</source>
      <translation>Editar la etapa…</translation>
    </message>
    <message>
      <source>Delete step</source>
      <translation>Eliminar la etapa</translation>
    </message>
    <message>
      <source>Reservations and declarations</source>
      <translation>Reservas y declaraciones</translation>
    </message>
    <message>
      <source>Reservations and declarations of the selected state</source>
      <translation>Reservas y declaraciones del Estado seleccionado</translation>
    </message>
    <message>
      <source>hatched: illustrative</source>
      <translation>rayado: ilustrativo</translation>
    </message>
    <message>
      <source>All delegations</source>
      <translation>Todas las delegaciones</translation>
    </message>
    <message>
      <source>No treaty yet: File → Import draft… reads its text; then Import status list… here reads who signed, ratified or withdrew (the depositary's table).</source>
      <translation>Todavía no hay tratado: Archivo → Importar proyecto de texto… lee su texto; luego Importar estado de ratificaciones…, aquí, lee quién firmó, ratificó o se retiró (la tabla del depositario).</translation>
    </message>
    <message>
      <source>Not on the map: {names}</source>
      <translation>Fuera del mapa: {names}</translation>
    </message>
    <message>
      <source>No states yet: Import status list… reads who signed, ratified or withdrew (the depositary's table), or View → Delegations, Add delegation… adds a state by hand.</source>
      <translation>Todavía no hay Estados: Importar estado de ratificaciones… lee quién firmó, ratificó o se retiró (la tabla del depositario), o Ver → Delegaciones, Añadir delegación… añade un Estado a mano.</translation>
    </message>
    <message>
      <source>Steps: select a state</source>
      <translation>Etapas: seleccione un Estado</translation>
    </message>
    <message>
      <source>Steps of {name}</source>
      <translation>Etapas de {name}</translation>
    </message>
    <message>
      <source>no source</source>
      <translation>ninguna fuente</translation>
    </message>
    <message>
      <source>{step} {date} ({origin})</source>
      <translation>{step}, {date} ({origin})</translation>
    </message>
    <message>
      <source>: {summary}</source>
      <translation>: {summary}</translation>
    </message>
    <message>
      <source>Reservations and declarations: select a state</source>
      <translation>Reservas y declaraciones: seleccione un Estado</translation>
    </message>
    <message>
      <source>Reservations and declarations of {name}: {count}</source>
      <translation>Reservas y declaraciones de {name}: {count}</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation>ninguna registrada</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Unlock workspace</source>
      <translation>Desbloquear el espacio de trabajo</translation>
    </message>
    <message>
      <source>{name} is encrypted. Enter its passphrase.</source>
      <translation>{name} está cifrado. Introduzca su frase de contraseña.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
  </context>
  <context>
    <name>Uptake</name>
    <message>
      <source>adopted</source>
      <translation>aprobado</translation>
    </message>
    <message>
      <source>partly adopted</source>
      <translation>aprobado en parte</translation>
    </message>
    <message>
      <source>not adopted</source>
      <translation>no aprobado</translation>
    </message>
    <message>
      <source>provision deleted</source>
      <translation>disposición suprimida</translation>
    </message>
    <message>
      <source>we asked for the provision to be deleted, and it is gone</source>
      <translation>pedimos que se suprimiera la disposición, y ha desaparecido</translation>
    </message>
    <message>
      <source>the provision is not in the later text</source>
      <translation>la disposición no figura en el texto posterior</translation>
    </message>
    <message>
      <source>the passage the amendment acts on was not in the text it was written on</source>
      <translation>el pasaje al que se refiere la enmienda no figuraba en el texto sobre el que se redactó</translation>
    </message>
    <message>
      <source>the amendment changes nothing</source>
      <translation>la enmienda no cambia nada</translation>
    </message>
    <message>
      <source>the later text makes the change we asked for</source>
      <translation>el texto posterior introduce el cambio que pedimos</translation>
    </message>
    <message>
      <source>the later text makes part of the change we asked for</source>
      <translation>el texto posterior introduce parte del cambio que pedimos</translation>
    </message>
    <message>
      <source>the later text does not make the change we asked for</source>
      <translation>el texto posterior no introduce el cambio que pedimos</translation>
    </message>
    <message numerus="yes">
      <source>%n adopted</source>
      <translation>
        <numerusform>%n aprobada</numerusform>
        <numerusform>%n aprobadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n partly adopted</source>
      <translation>
        <numerusform>%n aprobada en parte</numerusform>
        <numerusform>%n aprobadas en parte</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not adopted</source>
      <translation>
        <numerusform>%n no aprobada</numerusform>
        <numerusform>%n no aprobadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n provision(s) deleted</source>
      <translation>
        <numerusform>%n disposición suprimida</numerusform>
        <numerusform>%n disposiciones suprimidas</numerusform>
      </translation>
    </message>
    <message>
      <source>{n}%</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <source>nothing: the provision is gone</source>
      <translation>nada: la disposición ha desaparecido</translation>
    </message>
    <message>
      <source>{share} of the change, similarity {similarity}. Judged against {judged}.</source>
      <translation>{share} del cambio, similitud {similarity}. Texto de comparación: {judged}.</translation>
    </message>
    <message>
      <source>{outcome}: {reason}; {measure}</source>
      <translation>{outcome}: {reason}; {measure}</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Pruebas</translation>
    </message>
    <message>
      <source>(what we asked → what the text says):</source>
      <translation>(lo que pedimos → lo que dice el texto):</translation>
    </message>
    <message>
      <source>What we asked:</source>
      <translation>Lo que pedimos:</translation>
    </message>
    <message>
      <source>Backed by:</source>
      <translation>Respaldada por:</translation>
    </message>
    <message>
      <source>Delegations for:</source>
      <translation>Delegaciones a favor:</translation>
    </message>
    <message>
      <source>Delegations against:</source>
      <translation>Delegaciones en contra:</translation>
    </message>
    <message>
      <source>Some of these positions are illustrative (invented for the demo).</source>
      <translation>Algunas de estas posiciones son ilustrativas (inventadas para la demostración).</translation>
    </message>
    <message>
      <source>Amendment</source>
      <translation>Enmienda</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Disposición</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Parte</translation>
    </message>
    <message>
      <source>Similarity</source>
      <translation>Similitud</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Sugerido</translation>
    </message>
    <message>
      <source>(you decide)</source>
      <translation>(usted decide)</translation>
    </message>
    <message>
      <source>Backed by</source>
      <translation>Respaldada por</translation>
    </message>
  </context>
  <context>
    <name>UptakeController</name>
    <message>
      <source>Set statuses from the report</source>
      <translation>Establecer los estados según el informe</translation>
    </message>
    <message>
      <source>No status was changed.</source>
      <translation>No se cambió ningún estado.</translation>
    </message>
    <message>
      <source>Every status already matches the report.</source>
      <translation>Todos los estados ya coinciden con el informe.</translation>
    </message>
    <message>
      <source>Set {n} amendment statuses from the report</source>
      <translation>Establecer el estado de {n} enmiendas según el informe</translation>
    </message>
    <message>
      <source>Set {n} amendment statuses; Edit → Undo takes them back.</source>
      <translation>Estado de {n} enmiendas establecido; Edición → Deshacer lo revierte.</translation>
    </message>
    <message>
      <source>Uptake report</source>
      <translation>Informe de acogida de las peticiones</translation>
    </message>
    <message>
      <source>Writing the uptake report…</source>
      <translation>Redactando el informe de acogida…</translation>
    </message>
    <message>
      <source>Saved the uptake report as {file}.</source>
      <translation>Informe de acogida guardado como {file}.</translation>
    </message>
    <message>
      <source>Uptake report cancelled</source>
      <translation>Informe de acogida cancelado</translation>
    </message>
    <message>
      <source>No file was written.</source>
      <translation>No se escribió ningún archivo.</translation>
    </message>
  </context>
  <context>
    <name>UptakePage</name>
    <message>
      <source>Amendments and their outcome</source>
      <translation>Enmiendas y su resultado</translation>
    </message>
    <message>
      <source>Outcome and evidence</source>
      <translation>Resultado y pruebas</translation>
    </message>
    <message>
      <source>From version</source>
      <translation>Versión de partida</translation>
    </message>
    <message>
      <source>To version</source>
      <translation>Versión de llegada</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;Desde:</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>Has&amp;ta:</translation>
    </message>
    <message>
      <source>&amp;Set statuses from the report</source>
      <translation>E&amp;stablecer los estados según el informe</translation>
    </message>
    <message>
      <source>E&amp;xport PDF…</source>
      <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
      <source>Choose an earlier version under From and a later one under To.</source>
      <translation>Elija una versión anterior en Desde y una posterior en Hasta.</translation>
    </message>
    <message>
      <source>This view compares two versions of the treaty: the amendments you proposed to the earlier one, and whether the later one took them up. File → Import draft… adds a version.</source>
      <translation>Esta vista compara dos versiones del tratado: las enmiendas que usted propuso a la anterior, y si la posterior las recogió. Archivo → Importar proyecto de texto… añade una versión.</translation>
    </message>
    <message>
      <source>No amendment to the version under From: amendments are recorded on a provision's Amendments tab (View → Provisions).</source>
      <translation>No hay enmiendas a la versión elegida en Desde: las enmiendas se registran en la pestaña Enmiendas de una disposición (Ver → Disposiciones).</translation>
    </message>
  </context>
  <context>
    <name>WorldMap</name>
    <message>
      <source>World map of treaty status</source>
      <translation>Mapa mundial del estado del tratado</translation>
    </message>
    <message>
      <source>Map of {n} recorded states: {counts}</source>
      <translation>Mapa de {n} Estados registrados: {counts}</translation>
    </message>
    <message>
      <source> (illustrative)</source>
      <translation> (ilustrativo)</translation>
    </message>
  </context>
  <context>
    <name>protect</name>
    <message>
      <source>Lock when idle</source>
      <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
      <source>Lock an encrypted workspace after this many minutes without input (0: never):</source>
      <translation>Bloquear un espacio de trabajo cifrado tras estos minutos sin actividad (0: nunca):</translation>
    </message>
    <message>
      <source>Lo&amp;ck now</source>
      <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
      <source>Hide everything until the passphrase is typed again</source>
      <translation>Ocultarlo todo hasta que se vuelva a escribir la frase de contraseña</translation>
    </message>
    <message>
      <source>&amp;Encrypt workspace…</source>
      <translation>C&amp;ifrar el espacio de trabajo…</translation>
    </message>
    <message>
      <source>Encrypt this workspace and its backups with a passphrase</source>
      <translation>Cifrar este espacio de trabajo y sus copias de seguridad con una frase de contraseña</translation>
    </message>
    <message>
      <source>C&amp;hange passphrase…</source>
      <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
      <source>&amp;Decrypt workspace…</source>
      <translation>D&amp;escifrar el espacio de trabajo…</translation>
    </message>
    <message>
      <source>Make this workspace and its backups plain files again</source>
      <translation>Volver a dejar este espacio de trabajo y sus copias de seguridad como archivos sin cifrar</translation>
    </message>
    <message>
      <source>Lock when &amp;idle…</source>
      <translation>Bloquear tras inac&amp;tividad…</translation>
    </message>
    <message>
      <source>Keep passphrase in the &amp;system keyring</source>
      <translation>Guardar la frase de contraseña en el llavero del siste&amp;ma</translation>
    </message>
    <message>
      <source>Let this computer's keyring unlock this workspace (optional)</source>
      <translation>Permitir que el llavero de este ordenador desbloquee este espacio de trabajo (opcional)</translation>
    </message>
    <message>
      <source>Make tra&amp;vel copy…</source>
      <translation>Crear copia de via&amp;je…</translation>
    </message>
    <message>
      <source>A new encrypted workspace with only the documents and delegations a trip needs</source>
      <translation>Un nuevo espacio de trabajo cifrado con solo los documentos y delegaciones que necesita el viaje</translation>
    </message>
    <message>
      <source>For&amp;get this workspace…</source>
      <translation>&amp;Olvidar este espacio de trabajo…</translation>
    </message>
    <message>
      <source>Remove this workspace with its backups and temporary copies from this computer</source>
      <translation>Quitar de este ordenador este espacio de trabajo con sus copias de seguridad y temporales</translation>
    </message>
    <message>
      <source>System keyring</source>
      <translation>Llavero del sistema</translation>
    </message>
    <message>
      <source>The passphrase is no longer kept in the system keyring.</source>
      <translation>La frase de contraseña ya no se guarda en el llavero del sistema.</translation>
    </message>
    <message>
      <source>This computer has no usable keyring (install the keyring package; on Linux a Secret Service such as GNOME Keyring).</source>
      <translation>Este ordenador no tiene un llavero utilizable (instale el paquete keyring; en Linux, un Secret Service como GNOME Keyring).</translation>
    </message>
    <message>
      <source>The passphrase was wrong or the keyring refused it; nothing was kept.</source>
      <translation>La frase de contraseña era incorrecta o el llavero la rechazó; no se guardó nada.</translation>
    </message>
    <message>
      <source>The system keyring now unlocks this workspace.</source>
      <translation>El llavero del sistema desbloquea ahora este espacio de trabajo.</translation>
    </message>
    <message>
      <source>Lock now</source>
      <translation>Bloquear ahora</translation>
    </message>
    <message>
      <source>Only an encrypted workspace can be locked: Tools → Encrypt workspace… first.</source>
      <translation>Solo se puede bloquear un espacio de trabajo cifrado: primero Herramientas → Cifrar el espacio de trabajo….</translation>
    </message>
    <message>
      <source>The workspace was left as it was.</source>
      <translation>El espacio de trabajo quedó como estaba.</translation>
    </message>
    <message>
      <source>Converting {name}…</source>
      <translation>Convirtiendo {name}…</translation>
    </message>
    <message>
      <source>A background job</source>
      <translation>Una tarea en segundo plano</translation>
    </message>
    <message>
      <source>{job} is still running; try again when it has finished.</source>
      <translation>{job} todavía está en curso; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
      <source>Encrypt workspace</source>
      <translation>Cifrar el espacio de trabajo</translation>
    </message>
    <message>
      <source>The workspace and its backups will be encrypted (SQLCipher). The plain file is overwritten and removed. Packs and bundles you export stay as they are.</source>
      <translation>El espacio de trabajo y sus copias de seguridad se cifrarán (SQLCipher). El archivo sin cifrar se sobrescribe y se elimina. Los dosieres y lotes que exporte quedan como están.</translation>
    </message>
    <message>
      <source>The workspace and its backups are encrypted.</source>
      <translation>El espacio de trabajo y sus copias de seguridad están cifrados.</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
      <source>Choose the new passphrase.</source>
      <translation>Elija la nueva frase de contraseña.</translation>
    </message>
    <message>
      <source>The passphrase was changed (workspace and backups).</source>
      <translation>Se cambió la frase de contraseña (espacio de trabajo y copias de seguridad).</translation>
    </message>
    <message>
      <source>Decrypt workspace</source>
      <translation>Descifrar el espacio de trabajo</translation>
    </message>
    <message>
      <source>After this, anyone with the file or its backups can read the names, phone numbers and notes in it. Decrypt?</source>
      <translation>Después, cualquiera que tenga el archivo o sus copias podrá leer los nombres, teléfonos y notas que contiene. ¿Descifrar?</translation>
    </message>
    <message>
      <source>Decrypt</source>
      <translation>Descifrar</translation>
    </message>
    <message>
      <source>The workspace and its backups are plain files now.</source>
      <translation>El espacio de trabajo y sus copias de seguridad son ahora archivos sin cifrar.</translation>
    </message>
    <message>
      <source>Make travel copy</source>
      <translation>Crear copia de viaje</translation>
    </message>
    <message>
      <source>The travel copy's passphrase (better not the same as this workspace's).</source>
      <translation>La frase de contraseña de la copia de viaje (mejor que no sea la de este espacio de trabajo).</translation>
    </message>
    <message>
      <source>Writing the travel copy…</source>
      <translation>Escribiendo la copia de viaje…</translation>
    </message>
    <message>
      <source>Travel copy written: {path}</source>
      <translation>Copia de viaje escrita: {path}</translation>
    </message>
    <message>
      <source>No travel copy was written.</source>
      <translation>No se escribió ninguna copia de viaje.</translation>
    </message>
    <message>
      <source>Forget this workspace</source>
      <translation>Olvidar este espacio de trabajo</translation>
    </message>
    <message>
      <source>{name}, its backups and temporary copies will be overwritten and removed from this computer, and it leaves the recent files. This cannot be undone; a travel copy or bundle made from it is not touched. Forget it?</source>
      <translation>{name}, sus copias de seguridad y temporales se sobrescribirán y se eliminarán de este ordenador, y saldrá de los archivos recientes. No se puede deshacer; una copia de viaje o un lote hecho a partir de él no se toca. ¿Olvidarlo?</translation>
    </message>
    <message>
      <source>Forget</source>
      <translation>Olvidar</translation>
    </message>
    <message>
      <source>{name} was forgotten ({n} files overwritten and removed).</source>
      <translation>{name} se ha olvidado ({n} archivos sobrescritos y eliminados).</translation>
    </message>
    <message>
      <source>Briefing Desk is locked</source>
      <translation>Briefing Desk está bloqueado</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Desbloquear</translation>
    </message>
    <message>
      <source>Wrong passphrase.</source>
      <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Bloqueado</translation>
    </message>
    <message>
      <source>Keep the passphrase safe: without it nobody, you included, can open this workspace or its backups.</source>
      <translation>Guarde la frase de contraseña en un lugar seguro: sin ella nadie, ni usted, puede abrir este espacio de trabajo ni sus copias de seguridad.</translation>
    </message>
    <message>
      <source>Wrong passphrase; {n} tries left.</source>
      <translation>Frase de contraseña incorrecta; quedan {n} intentos.</translation>
    </message>
    <message>
      <source>New workspace</source>
      <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
      <source>{name} will hold names, phone numbers and notes. Encrypt it, so that a lost or seized laptop does not give them away?</source>
      <translation>{name} contendrá nombres, teléfonos y notas. ¿Cifrarlo, para que un portátil perdido o incautado no los revele?</translation>
    </message>
    <message>
      <source>Documents
(versions, provisions, amendments, positions)</source>
      <translation>Documentos
(versiones, disposiciones, enmiendas, posiciones)</translation>
    </message>
    <message>
      <source>Delegations you will meet
(positions, contacts)</source>
      <translation>Delegaciones con las que se reunirá
(posiciones, contactos)</translation>
    </message>
    <message>
      <source>Include &amp;internal records (strategy notes, contacts)</source>
      <translation>Incluir los elementos &amp;internos (notas de estrategia, contactos)</translation>
    </message>
    <message>
      <source>Include &amp;personal records</source>
      <translation>Incluir los elementos &amp;personales</translation>
    </message>
    <message>
      <source>A new encrypted workspace with only what this trip needs, so that a lost or seized laptop reveals little. After the trip, export a bundle from it and import that here.</source>
      <translation>Un nuevo espacio de trabajo cifrado con solo lo que necesita este viaje, para que un portátil perdido o incautado revele poco. Tras el viaje, exporte de él un lote e impórtelo aquí.</translation>
    </message>
    <message>
      <source>Make copy…</source>
      <translation>Crear la copia…</translation>
    </message>
  </context>
</TS>
