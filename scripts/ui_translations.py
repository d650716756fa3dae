"""The UI's French and Spanish translations, by English source text (our own, written for
advocates at UN negotiations: « délégation / delegación », « amendement / enmienda »,
« disposition / disposición », « dossier d'information / dosier informativo »).

scripts/update_translations.py --fill writes them into resources/i18n/briefing_fr.ts and
briefing_es.ts after pyside6-lupdate; a source without an entry here stays unfinished, which
tests/gui/test_translations.py reports. Plural entries give [one, other] per language.
"""

from __future__ import annotations

NBSP = "\u00a0"

T: dict[str, tuple[str | list[str], str | list[str]]] = {
    # -- menus ---------------------------------------------------------------------------------
    "&File": ("&Fichier", "&Archivo"),
    "&Edit": ("É&dition", "&Edición"),
    "&View": ("&Affichage", "&Ver"),
    "&Tools": ("&Outils", "&Herramientas"),
    "&Help": ("A&ide", "Ay&uda"),
    "Views": ("Vues", "Vistas"),
    "&Provisions": ("&Dispositions", "&Disposiciones"),
    "All &concerns": ("Toutes les &préoccupations", "Todas las &preocupaciones"),
    "&Delegations": ("Dé&légations", "De&legaciones"),
    "Position &matrix": ("&Matrice des positions", "&Matriz de posiciones"),
    "&Sources and cases": ("&Sources et cas", "&Fuentes y casos"),
    "&Organizations": ("&Organisations", "&Organizaciones"),
    "&New workspace…": ("&Nouvel espace de travail…", "&Nuevo espacio de trabajo…"),
    "&Open…": ("&Ouvrir…", "&Abrir…"),
    "Open the de&mo workspace": ("Ouvrir l'espace de &démonstration", "Abrir el espacio de &demostración"),
    "The UN Convention against Cybercrime with concerns, amendments and positions to explore": (
        "La Convention des Nations Unies contre la cybercriminalité, avec des préoccupations, des amendements "
        "et des positions à explorer",
        "La Convención de las Naciones Unidas contra la Ciberdelincuencia, con preocupaciones, enmiendas y "
        "posiciones para explorar"),
    "Open &recent": ("Ouvrir un fichier &récent", "Abrir &reciente"),
    "&Quit": ("&Quitter", "&Salir"),
    "&Undo": ("&Annuler", "&Deshacer"),
    "&Redo": ("&Rétablir", "&Rehacer"),
    "Cu&t": ("Co&uper", "Cort&ar"),
    "&Copy": ("&Copier", "&Copiar"),
    "&Paste": ("C&oller", "Pe&gar"),
    "&Delete": ("&Supprimer", "&Eliminar"),
    "Select &all": ("&Tout sélectionner", "Seleccionar &todo"),
    "&Search…": ("Rec&hercher…", "&Buscar…"),
    "New co&ncern on this provision…": ("Nouvelle &préoccupation sur cette disposition…",
                                        "Nueva &preocupación sobre esta disposición…"),
    "New a&mendment to this provision…": ("Nouvel a&mendement à cette disposition…",
                                          "Nueva e&nmienda a esta disposición…"),
    "New pos&ition on this provision…": ("Nouvelle pos&ition sur cette disposition…",
                                         "Nueva pos&ición sobre esta disposición…"),
    "New n&ote on this provision…": ("Nouvelle &note sur cette disposition…", "Nueva n&ota sobre esta disposición…"),
    "New de&legation…": ("Nouvelle dé&légation…", "Nueva de&legación…"),
    "New sourc&e…": ("Nouvelle sourc&e…", "Nueva &fuente…"),
    "New e&vidence case…": ("Nouveau cas &documenté…", "Nuevo caso doc&umentado…"),
    "New organi&zation…": ("Nouvelle or&ganisation…", "Nueva organi&zación…"),
    "Re&fresh": ("Actualis&er", "Actuali&zar"),
    "&Language": ("Lan&gue", "&Idioma"),
    "System language": ("Langue du système", "Idioma del sistema"),
    "Language": ("Langue", "Idioma"),
    "No workspace": ("Aucun espace de travail", "Ningún espacio de trabajo"),
    "Cannot open workspace": ("Impossible d'ouvrir l'espace de travail", "No se puede abrir el espacio de trabajo"),
    # -- opening an older workspace (ui/upgrade_dialog.py) ----------------------------------------
    "Updating the workspace": ("Mise à jour de l'espace de travail", "Actualización del espacio de trabajo"),
    "Updating {name} for this version of Briefing Desk (step {step} of {total}). This may take a while for a "
    "large workspace; Cancel leaves the file as it was.": (
        "Mise à jour de {name} pour cette version de Briefing Desk (étape {step} sur {total}). Cela peut "
        f"prendre un moment pour un grand espace de travail{NBSP}; Annuler laisse le fichier tel qu'il était.",
        "Actualizando {name} para esta versión de Briefing Desk (paso {step} de {total}). Puede tardar un "
        "poco en un espacio de trabajo grande; Cancelar deja el archivo como estaba."),
    "Cancelling: putting {name} back as it was…": (f"Annulation{NBSP}: {{name}} est remis tel qu'il était…",
                                                   "Cancelando: {name} vuelve a quedar como estaba…"),
    "{name} was not opened and is unchanged.": ("{name} n'a pas été ouvert et reste inchangé.",
                                                "{name} no se abrió y sigue sin cambios."),
    "{name} is unchanged.": ("{name} reste inchangé.", "{name} sigue sin cambios."),
    "New workspace": ("Nouvel espace de travail", "Nuevo espacio de trabajo"),
    "{path} already exists; use File → Open to open it.": (
        f"{{path}} existe déjà{NBSP}; utilisez Fichier → Ouvrir pour l'ouvrir.",
        "{path} ya existe; use Archivo → Abrir para abrirlo."),
    "No workspace open": ("Aucun espace de travail ouvert", "Ningún espacio de trabajo abierto"),
    "  (demo data)": ("  (données de démonstration)", "  (datos de demostración)"),
    "Demo data. ": ("Données de démonstration. ", "Datos de demostración. "),
    "Counting records": ("Décompte des enregistrements", "Recuento de registros"),
    "Saved {time}": ("Enregistré à {time}", "Guardado a las {time}"),
    "All changes saved": ("Toutes les modifications sont enregistrées", "Todos los cambios guardados"),
    "%n provision(s)": (["%n disposition", "%n dispositions"], ["%n disposición", "%n disposiciones"]),
    "%n concern(s)": (["%n préoccupation", "%n préoccupations"], ["%n preocupación", "%n preocupaciones"]),
    "%n amendment(s)": (["%n amendement", "%n amendements"], ["%n enmienda", "%n enmiendas"]),
    "%n delegation(s)": (["%n délégation", "%n délégations"], ["%n delegación", "%n delegaciones"]),
    "%n position(s)": (["%n position", "%n positions"], ["%n posición", "%n posiciones"]),
    "No workspace is open: File → Open… or File → New workspace…": (
        f"Aucun espace de travail n'est ouvert{NBSP}: Fichier → Ouvrir… ou Fichier → Nouvel espace de travail…",
        "No hay ningún espacio de trabajo abierto: Archivo → Abrir… o Archivo → Nuevo espacio de trabajo…"),
    "Choose a provision in the tree on the left, or search with Ctrl+F.": (
        "Choisissez une disposition dans l'arborescence à gauche, ou recherchez avec Ctrl+F.",
        "Elija una disposición en el árbol de la izquierda, o busque con Ctrl+F."),
    "%n provision(s) found": (["%n disposition trouvée", "%n dispositions trouvées"],
                              ["%n disposición encontrada", "%n disposiciones encontradas"]),
    "{found}; {provision}, open on the right, is not among them": (
        f"{{found}}{NBSP}; {{provision}}, ouverte à droite, n'en fait pas partie",
        "{found}; {provision}, abierta a la derecha, no está entre ellas"),
    "Matching the filter themselves: %n provision(s). A matching chapter or article brings all it contains; "
    "chapters in grey italics only lead to what was found.": (
        [f"Correspondant elles-mêmes au filtre{NBSP}: %n disposition. Un chapitre ou un article correspondant "
         "entraîne tout son contenu ; les chapitres en italique gris ne font que mener à ce qui a été trouvé.",
         f"Correspondant elles-mêmes au filtre{NBSP}: %n dispositions. Un chapitre ou un article correspondant "
         "entraîne tout son contenu ; les chapitres en italique gris ne font que mener à ce qui a été trouvé."],
        ["Coinciden por sí mismas con el filtro: %n disposición. Un capítulo o artículo que coincide incluye todo "
         "su contenido; los capítulos en cursiva gris solo conducen a lo encontrado.",
         "Coinciden por sí mismas con el filtro: %n disposiciones. Un capítulo o artículo que coincide incluye "
         "todo su contenido; los capítulos en cursiva gris solo conducen a lo encontrado."]),
    # -- drafts --------------------------------------------------------------------------------
    "Import &draft…": ("Importer un &projet de texte…", "Importar pro&yecto de texto…"),
    "Import a new draft of a document from a PDF, Word, Akoma Ntoso, text or Markdown file": (
        "Importer un nouveau projet d'un document depuis un fichier PDF, Word, Akoma Ntoso, texte ou Markdown",
        "Importar un nuevo proyecto de un documento desde un archivo PDF, Word, Akoma Ntoso, de texto o Markdown"),
    "Export draft as A&koma Ntoso…": ("Exporter le projet en A&koma Ntoso…", "Exportar proyecto a A&koma Ntoso…"),
    "The selected provision's version as Akoma Ntoso 3.0 XML": (
        "La version de la disposition choisie, en XML Akoma Ntoso 3.0",
        "La versión de la disposición seleccionada, en XML Akoma Ntoso 3.0"),
    "Set negotiating status of t&his provision…": ("Dé&finir l'état de négociation de cette disposition…",
                                                   "Fi&jar el estado de negociación de esta disposición…"),
    "Agreed ad referendum, pending, bracketed…: where the selected provision stands": (
        f"Approuvée ad referendum, en suspens, entre crochets…{NBSP}: où en est la disposition choisie",
        "Acordada ad referendum, pendiente, entre corchetes…: en qué punto está la disposición seleccionada"),
    "Compare &versions…": ("Comparer les &versions…", "Comparar &versiones…"),
    "Compare versions…": ("Comparer les versions…", "Comparar versiones…"),
    "Compare two versions of a document": ("Comparer deux versions d'un document", "Comparar dos versiones de un documento"),
    "&Review after new draft…": ("Revue après un nouveau pro&jet…", "&Revisión tras un nuevo proyecto…"),
    "Records carried to a new draft that need a human look": (
        "Éléments reportés sur un nouveau projet qui demandent un examen humain",
        "Elementos trasladados a un nuevo proyecto que requieren una revisión humana"),
    "Export draft as Akoma Ntoso": ("Exporter le projet en Akoma Ntoso", "Exportar el proyecto a Akoma Ntoso"),
    "Add the public and coalition &concerns on each provision as authorial notes": (
        "Ajouter les &préoccupations publiques et de la coalition sur chaque disposition comme notes d'auteur",
        "Añadir las &preocupaciones públicas y de la coalición sobre cada disposición como notas de autor"),
    "Attach our public and coalition &amendments as amendment documents (each a redline of its provision)": (
        "Joindre nos &amendements publics et de la coalition comme documents d'amendement (chacun en "
        "révision de sa disposition)",
        "Adjuntar nuestras &enmiendas públicas y de la coalición como documentos de enmienda (cada una como "
        "control de cambios de su disposición)"),
    "Internal and personal records never go into the file.": (
        "Les éléments internes et personnels ne figurent jamais dans le fichier.",
        "Los elementos internos y personales nunca van al archivo."),
    "&Export": ("&Exporter", "&Exportar"),
    "Choose a provision of the version to export first.": (
        "Choisissez d'abord une disposition de la version à exporter.",
        "Elija primero una disposición de la versión que desea exportar."),
    "Export draft": ("Exporter le projet", "Exportar proyecto"),
    "Writing Akoma Ntoso…": ("Écriture de l'Akoma Ntoso…", "Escribiendo Akoma Ntoso…"),
    "Exported to {path}": ("Exporté vers {path}", "Exportado a {path}"),
    "Export cancelled.": ("Exportation annulée.", "Exportación cancelada."),
    "Nothing was written.": ("Rien n'a été écrit.", "No se escribió nada."),
    "Import draft": ("Importer un projet", "Importar proyecto"),
    "This text looks like a different treaty.": ("Ce texte semble être un autre traité.",
                                                 "Este texto parece ser otro tratado."),
    "Only {share} of the articles of {base} continue in it; as a new version of {document} their concerns, "
    "amendments and positions would be orphaned. Import it as a new document instead?": (
        f"Seuls {{share}} des articles de {{base}} s'y retrouvent{NBSP}; comme nouvelle version de {{document}}, "
        f"leurs préoccupations, amendements et positions seraient orphelins. L'importer plutôt comme nouveau "
        f"document{NBSP}?",
        "Solo {share} de los artículos de {base} continúan en él; como nueva versión de {document}, sus "
        "preocupaciones, enmiendas y posiciones quedarían huérfanas. ¿Importarlo como documento nuevo?"),
    "Import as a &new document": ("Importer comme &nouveau document", "Importar como documento &nuevo"),
    "&Map onto {base} anyway": ("&Rattacher à {base} quand même", "&Asignar a {base} de todos modos"),
    "Negotiating status": ("État de négociation", "Estado de negociación"),
    "Where does {provision} stand?": (f"Où en est {{provision}}{NBSP}?", "¿En qué punto está {provision}?"),
    "Choose a provision in the tree first.": ("Choisissez d'abord une disposition dans l'arborescence.",
                                              "Elija primero una disposición en el árbol."),
    "Set status of {provision}": ("Définir l'état de {provision}", "Establecer el estado de {provision}"),
    # -- bundles -------------------------------------------------------------------------------
    "&Import bundle…": ("&Importer un lot…", "&Importar lote…"),
    "Merge a bundle from a coalition partner": ("Fusionner un lot reçu d'un partenaire de la coalition",
                                                "Combinar un lote de un socio de la coalición"),
    "E&xport bundle…": ("E&xporter un lot…", "E&xportar lote…"),
    "Share a selection of this workspace as a bundle file": (
        "Partager une sélection de cet espace de travail sous forme de fichier de lot",
        "Compartir una selección de este espacio de trabajo como archivo de lote"),
    "&Undo last import…": ("&Annuler la dernière importation…", "&Deshacer la última importación…"),
    "Restore the workspace as it was before the last bundle import": (
        "Remettre l'espace de travail dans l'état où il était avant la dernière importation de lot",
        "Devolver el espacio de trabajo al estado anterior a la última importación de lote"),
    "&Resolve conflicts…": ("&Résoudre les conflits…", "&Resolver conflictos…"),
    "Contributions by &organization…": ("Contributions par or&ganisation…", "Contribuciones por &organización…"),
    "&Check workspace…": ("&Vérifier l'espace de travail…", "&Comprobar el espacio de trabajo…"),
    "Run integrity and foreign-key checks on the workspace file": (
        "Vérifier l'intégrité et les clés étrangères du fichier de l'espace de travail",
        "Comprobar la integridad y las claves externas del archivo del espacio de trabajo"),
    "Partner &keys…": ("&Clés des partenaires…", "Cla&ves de los socios…"),
    "Your key's fingerprint, the partners' keys you trust, and whether only trusted bundles come in": (
        "L'empreinte de votre clé, les clés des partenaires auxquelles vous faites confiance, et si seuls les "
        "lots de confiance sont acceptés",
        "La huella de su clave, las claves de los socios en las que confía y si solo entran lotes de confianza"),
    "Restore a &backup…": ("Restaurer une &sauvegarde…", "Restaurar una copia de &seguridad…"),
    "Make the workspace exactly as it was in one of its backups": (
        "Remettre l'espace de travail exactement dans l'état d'une de ses sauvegardes",
        "Dejar el espacio de trabajo exactamente como estaba en una de sus copias de seguridad"),
    "Coa&lition folder…": ("Dossier de la coa&lition…", "Carpeta de la coa&lición…"),
    "Share bundles with partners through a folder a sync engine keeps in step": (
        "Partager des lots avec les partenaires grâce à un dossier tenu à jour par un outil de synchronisation",
        "Compartir lotes con los socios mediante una carpeta que un sistema de sincronización mantiene al día"),
    "Restore a backup": ("Restaurer une sauvegarde", "Restaurar una copia de seguridad"),
    "Make the workspace exactly as it was on {0}? What it holds now is backed up first.": (
        f"Remettre l'espace de travail exactement dans son état du {{0}}{NBSP}? Son contenu actuel est d'abord "
        "sauvegardé.",
        "¿Dejar el espacio de trabajo exactamente como estaba el {0}? Antes se guarda una copia de lo que "
        "contiene ahora."),
    "Restore": ("Restaurer", "Restaurar"),
    "Restoring the backup…": ("Restauration de la sauvegarde…", "Restaurando la copia de seguridad…"),
    "Restore cancelled: nothing was changed.": (f"Restauration annulée{NBSP}: rien n'a été modifié.",
                                                "Restauración cancelada: no se cambió nada."),
    "Backup restored; the state before it is kept as {0}.": (
        f"Sauvegarde restaurée{NBSP}; l'état antérieur est conservé sous {{0}}.",
        "Copia de seguridad restaurada; el estado anterior se conserva como {0}."),
    "{0} — {1:.1f} MB": (f"{{0}} — {{1:.1f}}{NBSP}Mo", "{0} — {1:.1f} MB"),
    "{0}, before importing {1}": ("{0}, avant l'importation de {1}", "{0}, antes de importar {1}"),
    "Restore…": ("Restaurer…", "Restaurar…"),
    "The workspace becomes exactly as it was then; what it holds now is backed up first, so you can come back "
    "to it here.": (
        f"L'espace de travail redevient exactement tel qu'il était alors{NBSP}; son contenu actuel est d'abord "
        "sauvegardé, pour que vous puissiez y revenir ici.",
        "El espacio de trabajo vuelve a estar exactamente como entonces; antes se guarda una copia de lo que "
        "contiene ahora, para que pueda volver a ello aquí."),
    "No backups yet: one is taken before every import.": (
        f"Pas encore de sauvegarde{NBSP}: une sauvegarde est faite avant chaque importation.",
        "Aún no hay copias de seguridad: se hace una antes de cada importación."),
    "{0}: refused — {1}": (f"{{0}}{NBSP}: refusé — {{1}}", "{0}: rechazado — {1}"),
    "{0} — from {1}, made {2}; {3}": (f"{{0}} — de {{1}}, créé le {{2}}{NBSP}; {{3}}",
                                     "{0} — de {1}, creado el {2}; {3}"),
    "Coalition folder": ("Dossier de la coalition", "Carpeta de la coalición"),
    "Syncing the coalition folder…": ("Synchronisation du dossier de la coalition…",
                                      "Sincronizando la carpeta de la coalición…"),
    "Coalition sync cancelled.": ("Synchronisation de la coalition annulée.", "Sincronización de la coalición cancelada."),
    "Coalition folder: {0} imported, {1} waiting (Tools → Coalition folder…)": (
        f"Dossier de la coalition{NBSP}: {{0}} importé(s), {{1}} en attente (Outils → Dossier de la coalition…)",
        "Carpeta de la coalición: {0} importado(s), {1} en espera (Herramientas → Carpeta de la coalición…)"),
    "A folder Syncthing, Nextcloud or a network share keeps in step": (
        "Un dossier que Syncthing, Nextcloud ou un partage réseau tient à jour",
        "Una carpeta que Syncthing, Nextcloud o un recurso compartido de red mantiene al día"),
    "Choose…": ("Choisir…", "Elegir…"),
    " min": (f"{NBSP}min", " min"),
    "only when asked": ("uniquement sur demande", "solo cuando se pida"),
    "Import bundles signed by trusted partners without asking": (
        "Importer sans demander les lots signés par des partenaires de confiance",
        "Importar sin preguntar los lotes firmados por socios de confianza"),
    "Sync now": ("Synchroniser maintenant", "Sincronizar ahora"),
    "Preview and import…": ("Aperçu et importation…", "Vista previa e importación…"),
    "Folder": ("Dossier", "Carpeta"),
    "Sync every": ("Synchroniser toutes les", "Sincronizar cada"),
    "Partners' bundles waiting in the folder (each is previewed before it is imported):": (
        f"Lots des partenaires en attente dans le dossier (chacun est présenté avant d'être importé){NBSP}:",
        "Lotes de los socios en espera en la carpeta (cada uno se muestra antes de importarlo):"),
    "Nothing new from partners.": ("Rien de nouveau de la part des partenaires.", "Nada nuevo de los socios."),
    "Signature: {0}": (f"Signature{NBSP}: {{0}}", "Firma: {0}"),
    "; it was encrypted to you": (f"{NBSP}; il vous était chiffré", "; estaba cifrado para usted"),
    " %n change(s) to rows the sender does not own wait for you as proposals.": (
        [" %n modification de lignes qui n'appartiennent pas à l'expéditeur vous attend comme proposition.",
         " %n modifications de lignes qui n'appartiennent pas à l'expéditeur vous attendent comme propositions."],
        [" %n cambio en filas que no pertenecen al remitente le espera como propuesta.",
         " %n cambios en filas que no pertenecen al remitente le esperan como propuestas."]),
    " %n row(s) internal or personal here stay untouched.": (
        [" %n ligne interne ou personnelle ici reste inchangée.",
         " %n lignes internes ou personnelles ici restent inchangées."],
        [" %n fila interna o personal aquí queda intacta.", " %n filas internas o personales aquí quedan intactas."]),
    "Partner keys": ("Clés des partenaires", "Claves de los socios"),
    "Your fingerprint (read it out to partners when they add your key): {0}": (
        f"Votre empreinte (lisez-la aux partenaires quand ils ajoutent votre clé){NBSP}: {{0}}",
        "Su huella (léasela a los socios cuando añadan su clave): {0}"),
    "Import only bundles signed by a trusted partner key": (
        "N'importer que les lots signés par une clé de partenaire de confiance",
        "Importar solo lotes firmados con una clave de socio de confianza"),
    "Add key file…": ("Ajouter un fichier de clé…", "Añadir archivo de clave…"),
    "Trust a fingerprint…": ("Faire confiance à une empreinte…", "Confiar en una huella…"),
    "Remove": ("Retirer", "Quitar"),
    "Save our key file…": ("Enregistrer notre fichier de clé…", "Guardar nuestro archivo de clave…"),
    "key file": ("fichier de clé", "archivo de clave"),
    "fingerprint by phone": ("empreinte par téléphone", "huella por teléfono"),
    "can encrypt to them": ("chiffrement possible vers eux", "se puede cifrar para ellos"),
    "keys arrive with their first bundle": ("les clés arrivent avec leur premier lot",
                                            "las claves llegan con su primer lote"),
    "{0}  {1}  (from a {2}; {3})": (f"{{0}}  {{1}}  (source{NBSP}: {{2}}{NBSP}; {{3}})",
                                    "{0}  {1}  (origen: {2}; {3})"),
    "Name your organization first (in Export bundle…).": (
        "Nommez d'abord votre organisation (dans Exporter un lot…).",
        "Indique primero el nombre de su organización (en Exportar lote…)."),
    # -- packs ---------------------------------------------------------------------------------
    "Export briefing &pack…": ("Exporter un dossier d'in&formation…", "Exportar dosier informati&vo…"),
    "Create a PDF briefing pack tailored to a delegation": (
        "Créer un dossier d'information PDF adapté à une délégation",
        "Crear un dosier informativo en PDF adaptado a una delegación"),
    "Print &briefing pack…": ("I&mprimer un dossier d'information…", "Im&primir dosier informativo…"),
    "Print a delegation's pack as previewed": ("Imprimer le dossier d'une délégation tel que présenté",
                                               "Imprimir el dosier de una delegación tal como se muestra"),
    "Export packs for &several delegations…": ("Exporter des dossiers pour plu&sieurs délégations…",
                                               "Exportar dosieres para varias de&legaciones…"),
    "Pack export &log…": ("&Journal des exportations…", "Re&gistro de exportaciones…"),
    "Packs exported": ("Dossiers exportés", "Dosieres exportados"),
    "&Print…": ("&Imprimer…", "&Imprimir…"),
    "Print the pack as previewed (Ctrl+P)": ("Imprimer le dossier tel que présenté (Ctrl+P)",
                                            "Imprimir el dosier tal como se muestra (Ctrl+P)"),
    "Print briefing pack": ("Imprimer un dossier d'information", "Imprimir dosier informativo"),
    "Choose a delegation to print its pack.": ("Choisissez une délégation pour imprimer son dossier.",
                                               "Elija una delegación para imprimir su dosier."),
    "The pack is printed as soon as its preview is ready…": (
        "Le dossier sera imprimé dès que son aperçu sera prêt…",
        "El dosier se imprimirá en cuanto esté lista su vista previa…"),
    "Print pack": ("Imprimer le dossier", "Imprimir dosier"),
    "Sent {} pages to the printer.": ("{} pages envoyées à l'imprimante.", "Se enviaron {} páginas a la impresora."),
    "Pack not printed": ("Dossier non imprimé", "Dosier no impreso"),
    "Printing page {}…": ("Impression de la page {}…", "Imprimiendo la página {}…"),
    "Folder for the packs": ("Dossier de destination des dossiers d'information", "Carpeta para los dosieres"),
    "Complete packs: every selected provision and concern": (
        f"Dossiers complets{NBSP}: toutes les dispositions et préoccupations retenues",
        "Dosieres completos: todas las disposiciones y preocupaciones seleccionadas"),
    "Otherwise each pack covers the 40 provisions most important for its delegation and says how many more": (
        "Sinon, chaque dossier couvre les 40 dispositions les plus importantes pour sa délégation et indique "
        "combien d'autres existent",
        "De lo contrario, cada dosier abarca las 40 disposiciones más importantes para su delegación e indica "
        "cuántas más hay"),
    "&Folder:": (f"&Dossier{NBSP}:", "&Carpeta:"),
    "Complete pack, this export only: every selected provision and concern": (
        f"Dossier complet, pour cette exportation seulement{NBSP}: toutes les dispositions et préoccupations "
        "retenues",
        "Dosier completo, solo para esta exportación: todas las disposiciones y preocupaciones seleccionadas"),
    "Otherwise the pack covers the 40 provisions most important for the delegation, each with its 8 most "
    "serious concerns, and says how many more": (
        "Sinon, le dossier couvre les 40 dispositions les plus importantes pour la délégation, chacune avec ses "
        "8 préoccupations les plus graves, et indique combien d'autres existent",
        "De lo contrario, el dosier abarca las 40 disposiciones más importantes para la delegación, cada una con "
        "sus 8 preocupaciones más graves, e indica cuántas más hay"),
    "The organisations named as issuing the pack; none ticked: no issuer is named": (
        f"Les organisations nommées comme auteurs du dossier{NBSP}; aucune cochée{NBSP}: aucun auteur n'est nommé",
        "Las organizaciones que figuran como autoras del dosier; ninguna marcada: no se nombra a ninguna"),
    # -- cards and details ---------------------------------------------------------------------
    "{action} ({record})": ("{action} ({record})", "{action} ({record})"),
    "Edit…": ("Modifier…", "Editar…"),
    "Delete": ("Supprimer", "Eliminar"),
    "Add note…": ("Ajouter une note…", "Añadir nota…"),
    "note “{text}”": ("note «\u00a0{text}\u00a0»", "nota «{text}»"),
    "Notes": ("Notes", "Notas"),
    "No notes.": ("Aucune note.", "Ninguna nota."),
    "Contacts": ("Contacts", "Contactos"),
    "contact {name}": ("contact {name}", "contacto {name}"),
    "No contacts.": ("Aucun contact.", "Ningún contacto."),
    "Source: {source}": (f"Source{NBSP}: {{source}}", "Fuente: {source}"),
    "source “{title}”": ("source «\u00a0{title}\u00a0»", "fuente «{title}»"),
    "Evidence case: {case}": (f"Cas documenté{NBSP}: {{case}}", "Caso documentado: {case}"),
    "case “{title}”": ("cas «\u00a0{title}\u00a0»", "caso «{title}»"),
    "concern “{title}”": ("préoccupation «\u00a0{title}\u00a0»", "preocupación «{title}»"),
    "No concerns recorded for this provision.": ("Aucune préoccupation enregistrée pour cette disposition.",
                                                 "No hay preocupaciones registradas para esta disposición."),
    "Amendment": ("Amendement", "Enmienda"),
    "amendment “{title}”": ("amendement «\u00a0{title}\u00a0»", "enmienda «{title}»"),
    "No amendments recommended for this provision.": ("Aucun amendement recommandé pour cette disposition.",
                                                      "No se recomiendan enmiendas para esta disposición."),
    "No positions recorded on this provision or its amendments.": (
        "Aucune position enregistrée sur cette disposition ou ses amendements.",
        "No hay posiciones registradas sobre esta disposición o sus enmiendas."),
    "position of {delegation}": ("position de {delegation}", "posición de {delegation}"),
    "Positions (%n)": (["Positions (%n)", "Positions (%n)"], ["Posiciones (%n)", "Posiciones (%n)"]),
    "position on {target}": ("position sur {target}", "posición sobre {target}"),
    "None recorded.": ("Aucune enregistrée.", "Ninguna registrada."),
    "Internal notes": ("Notes internes", "Notas internas"),
    # -- matrix --------------------------------------------------------------------------------
    "Where the position came from": ("Origine de la position", "Origen de la posición"),
    "Legend": ("Légende", "Leyenda"),
    "{illustrative} illustrative · {meeting} from a meeting · click a cell to edit": (
        "{illustrative} fictive · {meeting} issue d'une séance · cliquez sur une cellule pour la modifier",
        "{illustrative} ilustrativa · {meeting} de una sesión · haga clic en una celda para editarla"),
    "{delegation} on {subject}: no position recorded": (
        f"{{delegation}} sur {{subject}}{NBSP}: aucune position enregistrée",
        "{delegation} sobre {subject}: ninguna posición registrada"),
    "{delegation} on {subject}: {stance} — {origin}": (f"{{delegation}} sur {{subject}}{NBSP}: {{stance}} — {{origin}}",
                                                        "{delegation} sobre {subject}: {stance} — {origin}"),
    "From meeting": ("Séance d'origine", "Sesión de origen"),
    "Show only positions heard in a meeting or taken from its report": (
        "N'afficher que les positions entendues en séance ou tirées de son compte rendu",
        "Mostrar solo las posiciones oídas en una sesión o tomadas de su informe"),
    "From: all sources": (f"Origine{NBSP}: toutes les sources", "Origen: todas las fuentes"),
    "From: any meeting": (f"Origine{NBSP}: toute séance", "Origen: cualquier sesión"),
    "From: {session}": (f"Origine{NBSP}: {{session}}", "Origen: {session}"),
    "From: {meeting}": (f"Origine{NBSP}: {{meeting}}", "Origen: {meeting}"),
    # -- edit actions --------------------------------------------------------------------------
    "Paste": ("Coller", "Pegar"),
    # -- floor mode ----------------------------------------------------------------------------
    "#": ("n°", "n.º"),
    "Time": ("Heure", "Hora"),
    "Delegation": ("Délégation", "Delegación"),
    "Provision": ("Disposition", "Disposición"),
    "Stance": ("Position", "Postura"),
    "What was said": ("Ce qui a été dit", "Lo que se dijo"),
    "Saved": ("Enregistré", "Guardado"),
    "Entry {seq}: {line}": (f"Entrée {{seq}}{NBSP}: {{line}}", "Entrada {seq}: {line}"),
    "Illustrative: no source records it being said.": (
        f"Fictif{NBSP}: aucune source n'atteste que cela a été dit.",
        "Ilustrativo: ninguna fuente registra que se dijera."),
    "Capture line": ("Ligne de saisie", "Línea de captura"),
    "KE 14.2 opp delete 'may' — who, provision, stance, wording, note": (
        "KE 14.2 opp delete 'may' — qui, disposition, position, libellé, note",
        "KE 14.2 opp delete 'may' — quién, disposición, postura, redacción, nota"),
    "Meeting": ("Séance", "Sesión"),
    "New meeting…": ("Nouvelle séance…", "Nueva sesión…"),
    "Current provision": ("Disposition en cours", "Disposición actual"),
    "Text of the current provision": ("Texte de la disposition en cours", "Texto de la disposición actual"),
    "Previous on the agenda (Alt+←)": ("Précédente à l'ordre du jour (Alt+←)", "Anterior en el orden del día (Alt+←)"),
    "Next on the agenda (Alt+→)": ("Suivante à l'ordre du jour (Alt+→)", "Siguiente en el orden del día (Alt+→)"),
    "Entries of this meeting": ("Entrées de cette séance", "Entradas de esta sesión"),
    "What the line records": ("Ce que la ligne enregistre", "Lo que registra la línea"),
    "Enter records · Tab completes · Ctrl+Z takes back · F2 edits the selected entry · Ctrl+↑/↓ selects · "
    "Alt+←/→ follows the agenda · a number alone switches provision": (
        "Entrée enregistre · Tab complète · Ctrl+Z annule · F2 modifie l'entrée choisie · Ctrl+↑/↓ choisit · "
        "Alt+←/→ suit l'ordre du jour · un numéro seul change de disposition",
        "Intro registra · Tab completa · Ctrl+Z deshace · F2 edita la entrada seleccionada · Ctrl+↑/↓ selecciona · "
        "Alt+←/→ sigue el orden del día · un número solo cambia de disposición"),
    "Take back the last entry": ("Annuler la dernière entrée", "Deshacer la última entrada"),
    "Redo": ("Rétablir", "Rehacer"),
    "Edit the selected entry": ("Modifier l'entrée choisie", "Editar la entrada seleccionada"),
    "Take back the selected entry": ("Annuler l'entrée choisie", "Deshacer la entrada seleccionada"),
    "Close floor mode": ("Fermer le mode séance", "Cerrar el modo sala"),
    "Floor mode — {meeting}, {session}": ("Mode séance — {meeting}, {session}", "Modo sala — {meeting}, {session}"),
    "Draft: {label}": (f"Projet{NBSP}: {{label}}", "Proyecto: {label}"),
    "Not on the agenda of this draft: {items}": (f"Absent de l'ordre du jour de ce projet{NBSP}: {{items}}",
                                                 "No figura en el orden del día de este proyecto: {items}"),
    "No provision: lines are general statements": (
        f"Aucune disposition{NBSP}: les lignes sont des déclarations générales",
        "Ninguna disposición: las líneas son declaraciones generales"),
    "{n} of {total} on the agenda: {items}": (f"{{n}} sur {{total}} à l'ordre du jour{NBSP}: {{items}}",
                                              "{n} de {total} en el orden del día: {items}"),
    "Off the agenda ({items})": ("Hors de l'ordre du jour ({items})", "Fuera del orden del día ({items})"),
    "No agenda: Alt+←/→ steps through the draft": (
        f"Pas d'ordre du jour{NBSP}: Alt+←/→ parcourt le projet",
        "Sin orden del día: Alt+←/→ recorre el proyecto"),
    "Enter will record: {what}": (f"Entrée enregistrera{NBSP}: {{what}}", "Intro registrará: {what}"),
    "Now on {provision}": ("Maintenant sur {provision}", "Ahora en {provision}"),
    "Edit entry {seq}": ("Modifier l'entrée {seq}", "Editar la entrada {seq}"),
    "Capture": ("Saisie", "Captura"),
    "Saved: {what}": (f"Enregistré{NBSP}: {{what}}", "Guardado: {what}"),
    "Not saved: {error}": (f"Non enregistré{NBSP}: {{error}}", "No guardado: {error}"),
    "Nothing to take back.": ("Rien à annuler.", "Nada que deshacer."),
    "The last change was made in the main window: undo it there (Edit → Undo).": (
        f"La dernière modification a été faite dans la fenêtre principale{NBSP}: annulez-la là (Édition → "
        "Annuler).",
        "El último cambio se hizo en la ventana principal: deshágalo allí (Edición → Deshacer)."),
    "Taken back: {what} (Ctrl+Shift+Z brings it back)": (
        f"Annulé{NBSP}: {{what}} (Ctrl+Maj+Z le rétablit)", "Deshecho: {what} (Ctrl+Mayús+Z lo rehace)"),
    "Undo failed: {error}": (f"Échec de l'annulation{NBSP}: {{error}}", "No se pudo deshacer: {error}"),
    "Select an entry first (Ctrl+↑).": ("Choisissez d'abord une entrée (Ctrl+↑).",
                                        "Seleccione primero una entrada (Ctrl+↑)."),
    "Editing entry {seq}: Enter saves, Esc cancels": (
        f"Modification de l'entrée {{seq}}{NBSP}: Entrée enregistre, Échap annule",
        "Editando la entrada {seq}: Intro guarda, Esc cancela"),
    "Take back entry {seq}: {line}": (f"Annuler l'entrée {{seq}}{NBSP}: {{line}}", "Deshacer la entrada {seq}: {line}"),
    "Entry {seq} taken back (Ctrl+Z brings it back).": (
        "Entrée {seq} annulée (Ctrl+Z la rétablit).", "Entrada {seq} deshecha (Ctrl+Z la recupera)."),
    "Type a delegation to see what it said before": (
        "Tapez une délégation pour voir ce qu'elle a dit auparavant",
        "Escriba una delegación para ver lo que dijo antes"),
    "What the delegation said before": ("Ce que la délégation a dit auparavant", "Lo que la delegación dijo antes"),
    "Proposals on this provision": ("Propositions sur cette disposition", "Propuestas sobre esta disposición"),
    "{name} said before": ("{name} a dit auparavant", "{name} dijo antes"),
    "{name} has not taken the floor yet": ("{name} n'a pas encore pris la parole", "{name} aún no ha hecho uso de la palabra"),
    "No position recorded on {provision}": ("Aucune position enregistrée sur {provision}",
                                            "Ninguna posición registrada sobre {provision}"),
    "Position on {provision} now: {stance} ({date}{where})": (
        f"Position actuelle sur {{provision}}{NBSP}: {{stance}} ({{date}}{{where}})",
        "Posición actual sobre {provision}: {stance} ({date}{where})"),
    "None yet: a redline such as delete 'may' tables one": (
        f"Aucune pour l'instant{NBSP}: une modification comme delete 'may' en présente une",
        "Ninguna por ahora: un cambio como delete 'may' presenta una"),
    # -- meetings ------------------------------------------------------------------------------
    "&Floor mode…": ("&Mode séance…", "Modo s&ala…"),
    "Record what delegations say in the room, one line each": (
        "Noter ce que disent les délégations dans la salle, une ligne chacune",
        "Anotar lo que dicen las delegaciones en la sala, una línea cada una"),
    "Ne&w session…": ("Nou&velle session…", "Nue&vo período de sesiones…"),
    "New meetin&g…": ("A&jouter une séance…", "Nueva se&sión…"),
    "Session repor&t…": ("Rappor&t de session…", "Inform&e del período de sesiones…"),
    "Per provision: who intervened, proposals and their sponsors, what changed in the matrix": (
        f"Par disposition{NBSP}: qui est intervenu, les propositions et leurs auteurs, ce qui a changé dans la "
        "matrice",
        "Por disposición: quién intervino, las propuestas y sus patrocinadores, qué cambió en la matriz"),
    "Floor mode": ("Mode séance", "Modo sala"),
    "Nothing was saved.": ("Rien n'a été enregistré.", "No se guardó nada."),
    "Undo": ("Annuler", "Deshacer"),
    "New session": ("Nouvelle session", "Nuevo período de sesiones"),
    "Add session {name}": ("Ajouter la session {name}", "Añadir el período de sesiones {name}"),
    "New meeting": ("Nouvelle séance", "Nueva sesión"),
    "Add {meeting}": ("Ajouter {meeting}", "Añadir {meeting}"),
    "Session report": ("Rapport de session", "Informe del período de sesiones"),
    "There are no sessions yet: add one with Edit → New session….": (
        f"Il n'y a pas encore de session{NBSP}: ajoutez-en une avec Édition → Nouvelle session….",
        "Aún no hay períodos de sesiones: añada uno con Edición → Nuevo período de sesiones…."),
    "Writing the session report…": ("Rédaction du rapport de session…", "Redactando el informe del período de sesiones…"),
    "Saved {file}.": ("{file} enregistré.", "{file} guardado."),
    "Session report cancelled": ("Rapport de session annulé", "Informe del período de sesiones cancelado"),
    "No file was written.": ("Aucun fichier n'a été écrit.", "No se escribió ningún archivo."),
    # -- status --------------------------------------------------------------------------------
    "&Treaty status": ("État du &traité", "Estado del &tratado"),
    "Signatures, ratifications, reservations and entry into force": (
        "Signatures, ratifications, réserves et entrée en vigueur",
        "Firmas, ratificaciones, reservas y entrada en vigor"),
    "National &implementation": ("Mise en œuvre &nationale", "Aplicación &nacional"),
    "Laws and bills per state, mapped to the treaty articles they implement": (
        "Lois et projets de loi par État, rattachés aux articles du traité qu'ils mettent en œuvre",
        "Leyes y proyectos de ley por Estado, vinculados a los artículos del tratado que aplican"),
    "Was our ask &adopted?": (f"Notre demande a-t-elle été &retenue{NBSP}?", "¿Se &adoptó nuestra petición?"),
    "Each amendment we recommended judged against a later text, with the evidence": (
        "Chaque amendement recommandé, évalué au regard d'un texte ultérieur, avec les éléments à l'appui",
        "Cada enmienda que recomendamos, evaluada frente a un texto posterior, con las pruebas"),
    "Import stat&us list…": ("Importer l'état des ratific&ations…", "Importar estado de rati&ficaciones…"),
    "The depositary's list of signatures and ratifications, from a CSV file or a pasted table": (
        "La liste des signatures et ratifications du dépositaire, depuis un fichier CSV ou un tableau collé",
        "La lista de firmas y ratificaciones del depositario, desde un archivo CSV o una tabla pegada"),
    "The workspace has no treaty yet: import a draft first.": (
        f"L'espace de travail ne contient pas encore de traité{NBSP}: importez d'abord un projet.",
        "El espacio de trabajo aún no contiene ningún tratado: importe primero un proyecto."),
    "Import status list": ("Importer l'état des ratifications", "Importar estado de ratificaciones"),
    "Nothing was imported.": ("Rien n'a été importé.", "No se importó nada."),
    "Import status list ({n} changes)": ("Importer l'état des ratifications ({n} modifications)",
                                         "Importar estado de ratificaciones ({n} cambios)"),
    "Imported the status list: {new} new, {updated} updated.": (
        f"État des ratifications importé{NBSP}: {{new}} nouveau(x), {{updated}} mis à jour.",
        "Estado de ratificaciones importado: {new} nuevos, {updated} actualizados."),
    "Add reservation of {name}": ("Ajouter une réserve de {name}", "Añadir una reserva de {name}"),
    "Edit reservation": ("Modifier la réserve", "Editar la reserva"),
    "Delete this {kind}?\n\nYou can undo this with Edit → Undo.": (
        f"Supprimer cet élément ({{kind}}){NBSP}?\n\nVous pouvez revenir en arrière avec Édition → Annuler.",
        "¿Eliminar este elemento ({kind})?\n\nPuede deshacerlo con Edición → Deshacer."),
    "Delete reservation": ("Supprimer la réserve", "Eliminar la reserva"),
    "Set statuses from the report": ("Définir les statuts d'après le rapport", "Establecer los estados según el informe"),
    "No status was changed.": ("Aucun statut n'a été modifié.", "No se cambió ningún estado."),
    "Every status already matches the report.": ("Tous les statuts correspondent déjà au rapport.",
                                                 "Todos los estados ya coinciden con el informe."),
    "Set {n} amendment statuses from the report": ("Définir le statut de {n} amendements d'après le rapport",
                                                   "Establecer el estado de {n} enmiendas según el informe"),
    "Set {n} amendment statuses; Edit → Undo takes them back.": (
        f"Statut de {{n}} amendements défini{NBSP}; Édition → Annuler revient en arrière.",
        "Estado de {n} enmiendas establecido; Edición → Deshacer lo revierte."),
    "Uptake report": ("Rapport de suivi des demandes", "Informe de acogida de las peticiones"),
    "Writing the uptake report…": ("Rédaction du rapport de suivi…", "Redactando el informe de acogida…"),
    "Saved the uptake report as {file}.": ("Rapport de suivi enregistré sous {file}.",
                                           "Informe de acogida guardado como {file}."),
    "Uptake report cancelled": ("Rapport de suivi annulé", "Informe de acogida cancelado"),
    "Add law of {name}": ("Ajouter une loi de {name}", "Añadir una ley de {name}"),
    "Edit law": ("Modifier la loi", "Editar la ley"),
    "Delete {title} and its sections?\n\nYou can undo this with Edit → Undo.": (
        f"Supprimer {{title}} et ses articles{NBSP}?\n\nVous pouvez revenir en arrière avec Édition → Annuler.",
        "¿Eliminar {title} y sus secciones?\n\nPuede deshacerlo con Edición → Deshacer."),
    "Delete law": ("Supprimer la loi", "Eliminar la ley"),
    "Add section": ("Ajouter un article de loi", "Añadir sección"),
    "Edit section": ("Modifier l'article de loi", "Editar la sección"),
    "Delete {label}?\n\nYou can undo this with Edit → Undo.": (
        f"Supprimer {{label}}{NBSP}?\n\nVous pouvez revenir en arrière avec Édition → Annuler.",
        "¿Eliminar {label}?\n\nPuede deshacerlo con Edición → Deshacer."),
    "Delete section": ("Supprimer l'article de loi", "Eliminar la sección"),
    "Entry into force chart": ("Graphique de l'entrée en vigueur", "Gráfico de la entrada en vigor"),
    "{counted} of {required} instruments counted (illustrative data); {remaining} more needed.": (
        f"{{counted}} instruments comptés sur {{required}} (données fictives){NBSP}; il en faut encore {{remaining}}.",
        "{counted} de {required} instrumentos contabilizados (datos ilustrativos); faltan {remaining}."),
    "{counted} of {required} instruments counted; {remaining} more needed.": (
        f"{{counted}} instruments comptés sur {{required}}{NBSP}; il en faut encore {{remaining}}.",
        "{counted} de {required} instrumentos contabilizados; faltan {remaining}."),
    "{required} instruments reached; in force on {date}.": (
        f"{{required}} instruments atteints{NBSP}; en vigueur le {{date}}.",
        "Se alcanzaron {required} instrumentos; en vigor el {date}."),
    "{required} instruments reached; in force between {first} and {last}.": (
        f"{{required}} instruments atteints{NBSP}; en vigueur entre le {{first}} et le {{last}}.",
        "Se alcanzaron {required} instrumentos; en vigor entre el {first} y el {last}."),
    "in force {date}": ("en vigueur le {date}", "en vigor el {date}"),
    "threshold: {n} instruments": (f"seuil{NBSP}: {{n}} instruments", "umbral: {n} instrumentos"),
    "World map of treaty status": ("Carte mondiale de l'état du traité", "Mapa mundial del estado del tratado"),
    "Map of {n} recorded states: {counts}": (f"Carte de {{n}} États enregistrés{NBSP}: {{counts}}",
                                             "Mapa de {n} Estados registrados: {counts}"),
    " (illustrative)": (" (fictif)", " (ilustrativo)"),
    # -- help ----------------------------------------------------------------------------------
    "&Getting started": ("&Premiers pas", "&Primeros pasos"),
    "&Keyboard shortcuts": ("&Raccourcis clavier", "&Atajos de teclado"),
    "&About Briefing Desk": ("À pr&opos de Briefing Desk", "A&cerca de Briefing Desk"),
    "About Briefing Desk": ("À propos de Briefing Desk", "Acerca de Briefing Desk"),
    "Briefing Desk {version}\n\nTreaty analysis and tailored briefing packs for civil-society advocates. Works "
    "offline; your workspace is one file on this computer.": (
        f"Briefing Desk {{version}}\n\nAnalyse de traités et dossiers d'information sur mesure pour les "
        f"défenseurs de la société civile. Fonctionne hors ligne{NBSP}; votre espace de travail est un seul "
        "fichier sur cet ordinateur.",
        "Briefing Desk {version}\n\nAnálisis de tratados y dosieres informativos a medida para defensores de la "
        "sociedad civil. Funciona sin conexión; su espacio de trabajo es un solo archivo en este ordenador."),
    "Getting started": ("Premiers pas", "Primeros pasos"),
    "Getting started…": ("Premiers pas…", "Primeros pasos…"),
    "A short tour of the views and of everyday work.": ("Un bref tour des vues et du travail quotidien.",
                                                        "Un breve recorrido por las vistas y el trabajo diario."),
    "Keyboard shortcuts": ("Raccourcis clavier", "Atajos de teclado"),
    "Shortcut": ("Raccourci", "Atajo"),
    "Action": ("Action", "Acción"),
    "Menu": ("Menu", "Menú"),
    "Text fields also take the usual editing keys; Tab and Shift+Tab move between fields; the Menu key or "
    "Shift+F10 opens a card's actions.": (
        f"Les champs de texte acceptent aussi les touches d'édition habituelles{NBSP}; Tab et Maj+Tab passent "
        f"d'un champ à l'autre{NBSP}; la touche Menu ou Maj+F10 ouvre les actions d'une fiche.",
        "Los campos de texto admiten también las teclas de edición habituales; Tab y Mayús+Tab pasan de un campo "
        "a otro; la tecla Menú o Mayús+F10 abre las acciones de una ficha."),
    "Open the demo workspace": ("Ouvrir l'espace de démonstration", "Abrir el espacio de demostración"),
    "The UN Convention against Cybercrime with civil-society concerns, amendments and delegations' positions, "
    "to look around and try a pack. Your own workspace stays as it is.": (
        "La Convention des Nations Unies contre la cybercriminalité, avec les préoccupations et amendements de la "
        "société civile et les positions des délégations, pour découvrir l'application et essayer un dossier. "
        "Votre propre espace de travail reste tel quel.",
        "La Convención de las Naciones Unidas contra la Ciberdelincuencia, con las preocupaciones y enmiendas de "
        "la sociedad civil y las posiciones de las delegaciones, para explorar y probar un dosier. Su propio "
        "espacio de trabajo queda como está."),
    "Import a draft…": ("Importer un projet…", "Importar un proyecto…"),
    "Start from a treaty text: a .txt, .md or .docx file, split into articles and paragraphs.": (
        f"Partir d'un texte de traité{NBSP}: un fichier .txt, .md ou .docx, découpé en articles et paragraphes.",
        "Empezar con el texto de un tratado: un archivo .txt, .md o .docx, dividido en artículos y párrafos."),
    "Import a bundle…": ("Importer un lot…", "Importar un lote…"),
    "Start from the work a coalition partner shared with you as a .briefing file.": (
        "Partir du travail qu'un partenaire de la coalition vous a transmis dans un fichier .briefing.",
        "Empezar con el trabajo que un socio de la coalición compartió con usted en un archivo .briefing."),
    "<h2>This workspace holds no treaty yet</h2><p>Briefing Desk follows a treaty through its drafts: concerns "
    "and amendments per provision, delegations' positions, and a briefing pack for each delegation. Begin with "
    "one of these:</p>": (
        f"<h2>Cet espace de travail ne contient pas encore de traité</h2><p>Briefing Desk suit un traité au fil "
        f"de ses projets{NBSP}: préoccupations et amendements par disposition, positions des délégations, et un "
        f"dossier d'information pour chaque délégation. Commencez par l'une de ces options{NBSP}:</p>",
        "<h2>Este espacio de trabajo aún no contiene ningún tratado</h2><p>Briefing Desk sigue un tratado a lo "
        "largo de sus proyectos: preocupaciones y enmiendas por disposición, posiciones de las delegaciones y un "
        "dosier informativo para cada delegación. Empiece por una de estas opciones:</p>"),
    # -- navigator and provision panel ---------------------------------------------------------
    "critical": ("critique", "crítica"),
    "high": ("élevée", "alta"),
    "medium": ("moyenne", "media"),
    "low": ("faible", "baja"),
    "supports": ("appuie", "apoya"),
    "opposes": ("s'oppose", "se opone"),
    "undecided": ("indécise", "indecisa"),
    "unknown": ("inconnue", "desconocida"),
    "proposes-text": ("propose son texte", "propone su texto"),
    "Document": ("Document", "Documento"),
    "Version": ("Version", "Versión"),
    "&Document": (f"&Document{NBSP}:", "&Documento:"),
    "&Version": (f"&Version{NBSP}:", "&Versión:"),
    "Filter provisions…": ("Filtrer les dispositions…", "Filtrar disposiciones…"),
    "Filter provisions": ("Filtrer les dispositions", "Filtrar disposiciones"),
    "Filtering provisions": ("Filtrage des dispositions", "Filtrando disposiciones"),
    "Minimum concern severity": ("Gravité minimale des préoccupations", "Gravedad mínima de las preocupaciones"),
    "Concern category": ("Catégorie de préoccupation", "Categoría de preocupación"),
    "Has amendments": ("Avec amendements", "Con enmiendas"),
    "Organization": ("Organisation", "Organización"),
    "Delegation's stance": ("Position de la délégation", "Postura de la delegación"),
    "Provisions": ("Dispositions", "Disposiciones"),
    "Facets": ("Critères", "Criterios"),
    "Severity ≥": ("Gravité ≥", "Gravedad ≥"),
    "Category": ("Catégorie", "Categoría"),
    "any stance": ("toute position", "cualquier postura"),
    "any": ("toutes", "cualquiera"),
    "Provision text": ("Texte de la disposition", "Texto de la disposición"),
    "Concerns": ("Préoccupations", "Preocupaciones"),
    "Amendments": ("Amendements", "Enmiendas"),
    "Positions": ("Positions", "Posiciones"),
    "Add concern…": ("Ajouter une préoccupation…", "Añadir preocupación…"),
    "Add amendment…": ("Ajouter un amendement…", "Añadir enmienda…"),
    "Add position…": ("Ajouter une position…", "Añadir posición…"),
    "Provision details": ("Détails de la disposition", "Detalles de la disposición"),
    "&Concerns": ("&Préoccupations", "&Preocupaciones"),
    "&Amendments": ("&Amendements", "&Enmiendas"),
    "&Positions": ("P&ositions", "P&osiciones"),
    # -- added on main meanwhile ---------------------------------------------------------------
    "&About": ("À &propos", "&Acerca de"),
    "&Licences": ("&Licences", "&Licencias"),
    "&Encrypt it with a passphrase": ("&Le chiffrer avec une phrase secrète", "&Cifrarlo con una frase de contraseña"),
    "&Passphrase:": (f"&Phrase secrète{NBSP}:", "&Frase de contraseña:"),
    "&Again:": (f"&Confirmation{NBSP}:", "&Repetir:"),
    "Type a passphrase (a few unrelated words are easy to remember and hard to guess).": (
        "Tapez une phrase secrète (quelques mots sans rapport entre eux sont faciles à retenir et difficiles "
        "à deviner).",
        "Escriba una frase de contraseña (unas cuantas palabras sin relación entre sí son fáciles de recordar y "
        "difíciles de adivinar)."),
    "The two passphrases differ.": ("Les deux phrases secrètes diffèrent.", "Las dos frases de contraseña no coinciden."),
    "Export capital pack": ("Exporter un dossier pour la capitale", "Exportar dosier para la capital"),
    "Writing the capital pack…": ("Rédaction du dossier pour la capitale…", "Redactando el dosier para la capital…"),
    "Saved the capital pack as {file}.": ("Dossier pour la capitale enregistré sous {file}.",
                                          "Dosier para la capital guardado como {file}."),
    "Capital pack cancelled": ("Dossier pour la capitale annulé", "Dosier para la capital cancelado"),
    "Export capit&al pack…": ("Exporter un dossier pour la capita&le…", "Exportar dosier para la &capital…"),
    "After adoption: a pack for a state's ministry or parliament committee": (
        f"Après l'adoption{NBSP}: un dossier pour le ministère ou la commission parlementaire d'un État",
        "Tras la adopción: un dosier para el ministerio o la comisión parlamentaria de un Estado"),
    "Unlock workspace": ("Déverrouiller l'espace de travail", "Desbloquear el espacio de trabajo"),
    "{name} is encrypted. Enter its passphrase.": ("{name} est chiffré. Saisissez sa phrase secrète.",
                                                  "{name} está cifrado. Introduzca su frase de contraseña."),
    "Passphrase": ("Phrase secrète", "Frase de contraseña"),
    "Unlock": ("Déverrouiller", "Desbloquear"),
    # -- packs: saving and the export dialog's helpers ----------------------------------------
    "Save briefing pack": ("Enregistrer le dossier d'information", "Guardar el dosier informativo"),
    "PDF files (*.pdf)": ("Fichiers PDF (*.pdf)", "Archivos PDF (*.pdf)"),
    "Unsaved pack profile": ("Profil de dossier non enregistré", "Perfil de dosier sin guardar"),
    "Save your changes to the pack profile “{}” before closing?": (
        f"Enregistrer vos modifications du profil de dossier «{NBSP}{{}}{NBSP}» avant de fermer{NBSP}?",
        "¿Guardar los cambios del perfil de dosier «{}» antes de cerrar?"),
    "Op&en PDF": ("Ouvrir le P&DF", "Abrir el P&DF"),
    "S&how in folder": ("Afficher dans le &dossier", "Mostrar en la &carpeta"),
    # -- floor mode: what a line records ------------------------------------------------------
    "Not recorded: {reason}": (f"Non enregistré{NBSP}: {{reason}}", "No registrado: {reason}"),
    "proposal #{number} ({gist}) is now {status}": ("la proposition n°{NBSP}{number} ({gist}) est maintenant {status}"
                                                    .replace("{NBSP}", NBSP),
                                                    "la propuesta n.º {number} ({gist}) está ahora {status}"),
    "{speaker} for {group}": ("{speaker} au nom de {group}", "{speaker} en nombre de {group}"),
    "{speaker} for {count} states": ("{speaker} au nom de {count} États", "{speaker} en nombre de {count} Estados"),
    "a general statement": ("une déclaration générale", "una declaración general"),
    "{who} on {where}: {stance}": (f"{{who}} sur {{where}}{NBSP}: {{stance}}", "{who} sobre {where}: {stance}"),
    "tables #{number}: {gist}": (f"présente la proposition n°{NBSP}{{number}}{NBSP}: {{gist}}",
                                 "presenta la propuesta n.º {number}: {gist}"),
    "{role} of #{number} ({gist})": (f"{{role}} de la proposition n°{NBSP}{{number}} ({{gist}})",
                                     "{role} de la propuesta n.º {number} ({gist})"),
    "#{number} becomes {status}": (f"la proposition n°{NBSP}{{number}} devient {{status}}",
                                   "la propuesta n.º {number} pasa a {status}"),
    "position: {stance}": (f"position{NBSP}: {{stance}}", "posición: {stance}"),
    "position: {stance} again": (f"position{NBSP}: {{stance}} de nouveau", "posición: {stance} de nuevo"),
    "position: {before} → {after}": (f"position{NBSP}: {{before}} → {{after}}", "posición: {before} → {after}"),
    "⚠ a later position stays current ({stance}, {date}{source}): no position recorded": (
        f"⚠ une position ultérieure reste en vigueur ({{stance}}, {{date}}{{source}}){NBSP}: aucune position "
        "enregistrée",
        "⚠ una posición posterior sigue vigente ({stance}, {date}{source}): no se registra ninguna posición"),
    "Heard in the room at the {meeting}, {session}: “{line}”": (
        f"Entendu en séance, {{meeting}}, {{session}}{NBSP}: «{NBSP}{{line}}{NBSP}»",
        "Oído en la sala en la {meeting}, {session}: «{line}»"),
    "Said at the {meeting}, {session}, as {source} reports: “{line}”": (
        f"Dit lors de la {{meeting}}, {{session}}, selon {{source}}{NBSP}: «{NBSP}{{line}}{NBSP}»",
        "Dicho en la {meeting}, {session}, según {source}: «{line}»"),
    "no source": ("aucune source", "ninguna fuente"),
    "From the {meeting}, {session} ({source})": ("Issu de la {meeting}, {session} ({source})",
                                                 "De la {meeting}, {session} ({source})"),
    "No source recorded": ("Aucune source enregistrée", "Ninguna fuente registrada"),
    "confidence {level}": ("fiabilité {level}", "fiabilidad {level}"),
    "illustrative: no source supports it": (f"fictif{NBSP}: aucune source ne l'étaye",
                                            "ilustrativo: ninguna fuente lo respalda"),
    "{ordinal} meeting": ("{ordinal} séance", "{ordinal} sesión"),
    # -- sessions and meetings dialogs --------------------------------------------------------
    "Session": ("Session", "Período de sesiones"),
    "Name": ("Nom", "Nombre"),
    "Number": ("Numéro", "Número"),
    "Place": ("Lieu", "Lugar"),
    "First day": ("Premier jour", "Primer día"),
    "Last day": ("Dernier jour", "Último día"),
    "The last day is before the first.": ("Le dernier jour précède le premier.", "El último día es anterior al primero."),
    "Date": ("Date", "Fecha"),
    "Agenda item": ("Point de l'ordre du jour", "Tema del programa"),
    "Provisions in the chair's order": ("Dispositions dans l'ordre retenu par la présidence",
                                        "Disposiciones en el orden fijado por la presidencia"),
    "Official summary": ("Compte rendu officiel", "Acta resumida oficial"),
    "Draft on the table": ("Projet à l'examen", "Proyecto examinado"),
    "e.g. 14, 15(2), 16-21: floor mode steps through them with Alt+←/→": (
        f"p. ex. 14, 15(2), 16-21{NBSP}: le mode séance les parcourt avec Alt+←/→",
        "p. ej. 14, 15(2), 16-21: el modo sala las recorre con Alt+←/→"),
    "Local time of the room, e.g. 15:00": ("Heure locale de la salle, p. ex. 15:00", "Hora local de la sala, p. ej. 15:00"),
    "Number must be a whole number such as 11.": ("Le numéro doit être un nombre entier, par exemple 11.",
                                                  "El número debe ser un número entero, por ejemplo 11."),
    "Time must be like 15:00.": ("L'heure doit être de la forme 15:00.", "La hora debe tener la forma 15:00."),
    # -- capital packs ------------------------------------------------------------------------
    "State": ("État", "Estado"),
    "The &ministry (status and reservations first)": ("Le &ministère (état et réserves d'abord)",
                                                      "El &ministerio (estado y reservas primero)"),
    "A parliament &committee (the bill and safeguards first)": (
        "Une &commission parlementaire (le projet de loi et les garanties d'abord)",
        "Una &comisión parlamentaria (el proyecto de ley y las salvaguardias primero)"),
    "Addressed to": ("Destinataire", "Destinatario"),
    "&State": (f"&État{NBSP}:", "&Estado:"),
    "For": ("Pour", "Para"),
    "&Addressed to": (f"&Destinataire{NBSP}:", "&Destinatario:"),
    "&Export…": ("&Exporter…", "&Exportar…"),
    # -- status: reservations, laws, the status list ------------------------------------------
    "Reservation or declaration": ("Réserve ou déclaration", "Reserva o declaración"),
    "Kind": ("Nature", "Tipo"),
    "Summary (our words)": ("Résumé (nos termes)", "Resumen (con nuestras palabras)"),
    "Source": ("Source", "Fuente"),
    "Withdrawn on": ("Retirée le", "Retirada el"),
    "Confidence": ("Fiabilité", "Fiabilidad"),
    "Illustrative (no source supports it)": ("Fictif (aucune source ne l'étaye)", "Ilustrativo (ninguna fuente lo respalda)"),
    "Provisions it touches (none: the whole treaty)": (f"Dispositions visées (aucune{NBSP}: tout le traité)",
                                                       "Disposiciones afectadas (ninguna: todo el tratado)"),
    "It cannot be withdrawn before it was made.": ("Elle ne peut pas être retirée avant d'avoir été formulée.",
                                                   "No puede retirarse antes de haberse formulado."),
    "National law or bill": ("Loi ou projet de loi national", "Ley o proyecto de ley nacional"),
    "Title": ("Titre", "Título"),
    "Stage": ("Étape", "Etapa"),
    "Date of that stage": ("Date de cette étape", "Fecha de esa etapa"),
    "Link": ("Lien", "Enlace"),
    "Section of a national law": ("Article d'une loi nationale", "Sección de una ley nacional"),
    "Heading": ("Intitulé", "Epígrafe"),
    "What it says (our words)": ("Ce qu'il dit (nos termes)", "Lo que dice (con nuestras palabras)"),
    "Treaty articles it implements": ("Articles du traité qu'il met en œuvre", "Artículos del tratado que aplica"),
    "Concerns about it": ("Préoccupations à son sujet", "Preocupaciones al respecto"),
    "Documented cases under it": ("Cas documentés en application de cet article", "Casos documentados en virtud de ella"),
    "Give the section a number or a heading.": ("Donnez un numéro ou un intitulé à l'article.",
                                                "Dé a la sección un número o un epígrafe."),
    "Status table": ("Tableau de l'état des ratifications", "Tabla del estado de ratificaciones"),
    "Paste the depositary's table here (from a spreadsheet or web page), or open a CSV file. The first line "
    "names the columns.": (
        "Collez ici le tableau du dépositaire (depuis un tableur ou une page web), ou ouvrez un fichier CSV. La "
        "première ligne nomme les colonnes.",
        "Pegue aquí la tabla del depositario (desde una hoja de cálculo o una página web), o abra un archivo CSV. "
        "La primera línea nombra las columnas."),
    "&Open file…": ("&Ouvrir un fichier…", "&Abrir archivo…"),
    "Rows that cannot be read": ("Lignes illisibles", "Filas que no se pueden leer"),
    "&Import": ("&Importer", "&Importar"),
    " column": (" (colonne)", " (columna)"),
    "Source of the list": ("Source de la liste", "Fuente de la lista"),
    "(none)": ("(aucune)", "(ninguna)"),
    "Add delegations for participants not in the workspace": (
        "Ajouter des délégations pour les participants absents de l'espace de travail",
        "Añadir delegaciones para los participantes que no están en el espacio de trabajo"),
    "Open status list": ("Ouvrir l'état des ratifications", "Abrir el estado de ratificaciones"),
    "Tables (*.csv *.tsv *.txt *.md);;All files (*)": ("Tableaux (*.csv *.tsv *.txt *.md);;Tous les fichiers (*)",
                                                      "Tablas (*.csv *.tsv *.txt *.md);;Todos los archivos (*)"),
    "Cannot read {file} as UTF-8 text: {error}": (f"Impossible de lire {{file}} comme texte UTF-8{NBSP}: {{error}}",
                                                   "No se puede leer {file} como texto UTF-8: {error}"),
    "(not in the table)": ("(absent du tableau)", "(no figura en la tabla)"),
    "Name the column that holds the participants.": ("Indiquez la colonne qui contient les participants.",
                                                     "Indique la columna que contiene los participantes."),
    "{new} new, {updated} updated, {unchanged} unchanged": (
        "{new} nouveau(x), {updated} mis à jour, {unchanged} inchangé(s)",
        "{new} nuevos, {updated} actualizados, {unchanged} sin cambios"),
    "; {n} new delegation(s)": (f"{NBSP}; {{n}} nouvelle(s) délégation(s)", "; {n} delegación(es) nueva(s)"),
    "Every row can be read: {counts}.": (f"Toutes les lignes sont lisibles{NBSP}: {{counts}}.",
                                         "Todas las filas se pueden leer: {counts}."),
    "{n} row(s) cannot be read; nothing will be imported until they are fixed ({counts} otherwise).": (
        f"{{n}} ligne(s) illisible(s){NBSP}; rien ne sera importé tant qu'elles ne seront pas corrigées "
        "({counts} sinon).",
        "{n} fila(s) no se pueden leer; no se importará nada hasta que se corrijan ({counts} en otro caso)."),
    # -- protecting the workspace -------------------------------------------------------------
    "Lock when idle": ("Verrouiller après inactivité", "Bloquear tras inactividad"),
    "Lock an encrypted workspace after this many minutes without input (0: never):": (
        f"Verrouiller un espace de travail chiffré après ce nombre de minutes sans saisie (0{NBSP}: jamais){NBSP}:",
        "Bloquear un espacio de trabajo cifrado tras estos minutos sin actividad (0: nunca):"),
    "Lo&ck now": ("&Verrouiller maintenant", "&Bloquear ahora"),
    "Hide everything until the passphrase is typed again": (
        "Tout masquer jusqu'à ce que la phrase secrète soit de nouveau saisie",
        "Ocultarlo todo hasta que se vuelva a escribir la frase de contraseña"),
    "&Encrypt workspace…": ("C&hiffrer l'espace de travail…", "C&ifrar el espacio de trabajo…"),
    "Encrypt this workspace and its backups with a passphrase": (
        "Chiffrer cet espace de travail et ses sauvegardes avec une phrase secrète",
        "Cifrar este espacio de trabajo y sus copias de seguridad con una frase de contraseña"),
    "C&hange passphrase…": ("Changer la &phrase secrète…", "Cambiar la &frase de contraseña…"),
    "&Decrypt workspace…": ("&Déchiffrer l'espace de travail…", "D&escifrar el espacio de trabajo…"),
    "Make this workspace and its backups plain files again": (
        "Refaire de cet espace de travail et de ses sauvegardes des fichiers en clair",
        "Volver a dejar este espacio de trabajo y sus copias de seguridad como archivos sin cifrar"),
    "Lock when &idle…": ("Verrouiller après &inactivité…", "Bloquear tras inac&tividad…"),
    "For&get this workspace…": ("O&ublier cet espace de travail…", "&Olvidar este espacio de trabajo…"),
    "Remove this workspace with its backups and temporary copies from this computer": (
        "Retirer de cet ordinateur cet espace de travail avec ses sauvegardes et copies temporaires",
        "Quitar de este ordenador este espacio de trabajo con sus copias de seguridad y temporales"),
    "Lock now": ("Verrouiller maintenant", "Bloquear ahora"),
    "Only an encrypted workspace can be locked: Tools → Encrypt workspace… first.": (
        f"Seul un espace de travail chiffré peut être verrouillé{NBSP}: d'abord Outils → Chiffrer l'espace de "
        "travail….",
        "Solo se puede bloquear un espacio de trabajo cifrado: primero Herramientas → Cifrar el espacio de "
        "trabajo…."),
    "{job} is still running; try again when it has finished.": (
        f"{{job}} est encore en cours{NBSP}; réessayez quand ce sera terminé.",
        "{job} todavía está en curso; vuelva a intentarlo cuando termine."),
    "A background job": ("Une tâche en arrière-plan", "Una tarea en segundo plano"),
    "{job} is still saving; try again when it has finished.": (
        f"{{job}} est encore en cours d'enregistrement{NBSP}; réessayez quand ce sera terminé.",
        "{job} todavía está guardando; vuelva a intentarlo cuando termine."),
    "The workspace was left as it was.": ("L'espace de travail est resté tel quel.",
                                          "El espacio de trabajo quedó como estaba."),
    "Converting {name}…": ("Conversion de {name}…", "Convirtiendo {name}…"),
    "Encrypt workspace": ("Chiffrer l'espace de travail", "Cifrar el espacio de trabajo"),
    "The workspace and its backups will be encrypted (SQLCipher). The plain file is overwritten and removed. "
    "Packs and bundles you export stay as they are.": (
        "L'espace de travail et ses sauvegardes seront chiffrés (SQLCipher). Le fichier en clair est écrasé "
        "puis supprimé. Les dossiers et lots que vous exportez restent tels quels.",
        "El espacio de trabajo y sus copias de seguridad se cifrarán (SQLCipher). El archivo sin cifrar se "
        "sobrescribe y se elimina. Los dosieres y lotes que exporte quedan como están."),
    "The workspace and its backups are encrypted.": ("L'espace de travail et ses sauvegardes sont chiffrés.",
                                                     "El espacio de trabajo y sus copias de seguridad están cifrados."),
    "Change passphrase": ("Changer la phrase secrète", "Cambiar la frase de contraseña"),
    "Choose the new passphrase.": ("Choisissez la nouvelle phrase secrète.", "Elija la nueva frase de contraseña."),
    "The passphrase was changed (workspace and backups).": (
        "La phrase secrète a été changée (espace de travail et sauvegardes).",
        "Se cambió la frase de contraseña (espacio de trabajo y copias de seguridad)."),
    "Decrypt workspace": ("Déchiffrer l'espace de travail", "Descifrar el espacio de trabajo"),
    "After this, anyone with the file or its backups can read the names, phone numbers and notes in it. Decrypt?": (
        "Ensuite, quiconque dispose du fichier ou de ses sauvegardes pourra lire les noms, numéros de téléphone "
        f"et notes qu'il contient. Déchiffrer{NBSP}?",
        "Después, cualquiera que tenga el archivo o sus copias podrá leer los nombres, teléfonos y notas que "
        "contiene. ¿Descifrar?"),
    "Decrypt": ("Déchiffrer", "Descifrar"),
    "The workspace and its backups are plain files now.": (
        "L'espace de travail et ses sauvegardes sont désormais des fichiers en clair.",
        "El espacio de trabajo y sus copias de seguridad son ahora archivos sin cifrar."),
    "Forget this workspace": ("Oublier cet espace de travail", "Olvidar este espacio de trabajo"),
    "{name}, its backups and temporary copies will be overwritten and removed from this computer, and it leaves "
    "the recent files. This cannot be undone; a travel copy or bundle made from it is not touched. Forget it?": (
        "{name}, ses sauvegardes et copies temporaires seront écrasés et supprimés de cet ordinateur, et il "
        f"quittera la liste des fichiers récents. C'est irréversible{NBSP}; une copie de voyage ou un lot tiré de "
        f"lui n'est pas touché. L'oublier{NBSP}?",
        "{name}, sus copias de seguridad y temporales se sobrescribirán y se eliminarán de este ordenador, y "
        "saldrá de los archivos recientes. No se puede deshacer; una copia de viaje o un lote hecho a partir de "
        "él no se toca. ¿Olvidarlo?"),
    "Forget": ("Oublier", "Olvidar"),
    "{name} was forgotten ({n} files overwritten and removed).": (
        "{name} a été oublié ({n} fichiers écrasés et supprimés).",
        "{name} se ha olvidado ({n} archivos sobrescritos y eliminados)."),
    "Briefing Desk is locked": ("Briefing Desk est verrouillé", "Briefing Desk está bloqueado"),
    "&Unlock": ("&Déverrouiller", "&Desbloquear"),
    "Wrong passphrase.": ("Phrase secrète incorrecte.", "Frase de contraseña incorrecta."),
    "Locked": ("Verrouillé", "Bloqueado"),
    "Wrong passphrase; {n} tries left.": (f"Phrase secrète incorrecte{NBSP}; il reste {{n}} essai(s).",
                                          "Frase de contraseña incorrecta; quedan {n} intentos."),
    "{name} will hold names, phone numbers and notes. Encrypt it, so that a lost or seized laptop does not give "
    "them away?": (
        "{name} contiendra des noms, des numéros de téléphone et des notes. Le chiffrer, pour qu'un ordinateur "
        f"perdu ou saisi ne les livre pas{NBSP}?",
        "{name} contendrá nombres, teléfonos y notas. ¿Cifrarlo, para que un portátil perdido o incautado no "
        "los revele?"),
    "Edit the entry-into-force rule": ("Modifier la règle d'entrée en vigueur", "Editar la regla de entrada en vigor"),
    "Record {kind} of {name}": ("Enregistrer {kind} de {name}", "Registrar {kind} de {name}"),
    "Edit {kind}": ("Modifier {kind}", "Editar {kind}"),
    "Delete this {kind} ({date})?\n\nYou can undo this with Edit → Undo.": (
        f"Supprimer cet élément ({{kind}}, {{date}}){NBSP}?\n\nVous pouvez revenir en arrière avec Édition → Annuler.",
        "¿Eliminar este elemento ({kind}, {date})?\n\nPuede deshacerlo con Edición → Deshacer."),
    "Delete {kind}": ("Supprimer {kind}", "Eliminar {kind}"),
    "Their instruments count on top of their members'": (
        "Leurs instruments comptent en plus de ceux de leurs membres",
        "Sus instrumentos cuentan además de los de sus miembros"),
    "&Days after the deciding one": (f"&Jours après l'instrument décisif{NBSP}:", "&Días después del decisivo:"),
    "&Instruments required": (f"&Instruments requis{NBSP}:", "&Instrumentos necesarios:"),
    "Days after the deciding instrument": ("Jours après l'instrument décisif", "Días después del instrumento decisivo"),
    "Entry-into-force rule": ("Règle d'entrée en vigueur", "Regla de entrada en vigor"),
    "Instruments required": ("Instruments requis", "Instrumentos necesarios"),
    "Kinds that count": ("Types pris en compte", "Tipos que cuentan"),
    "Name the source, or mark the step illustrative.": (
        "Indiquez la source, ou signalez l'étape comme fictive.",
        "Indique la fuente, o marque el paso como ilustrativo."),
    "Note (our words)": ("Note (nos termes)", "Nota (con nuestras palabras)"),
    "Regional economic integration organisations": ("Organisations régionales d'intégration économique",
                                                    "Organizaciones regionales de integración económica"),
    "Regional organisations": ("Organisations régionales", "Organizaciones regionales"),
    "Step towards the treaty": ("Étape vers le traité", "Paso hacia el tratado"),
    "Step": ("Étape", "Paso"),
    "Tick at least one kind of instrument that counts.": ("Cochez au moins un type d'instrument pris en compte.",
                                                          "Marque al menos un tipo de instrumento que cuente."),
    "What the treaty says (our words)": ("Ce que dit le traité (nos termes)", "Lo que dice el tratado (con nuestras palabras)"),
    "What the treaty says": ("Ce que dit le traité", "Lo que dice el tratado"),
    "Add concern on {label}": ("Ajouter une préoccupation sur {label}", "Añadir una preocupación sobre {label}"),
    # -- travel copies -----------------------------------------------------------------------
    "Make tra&vel copy…": ("Créer une copie de voya&ge…", "Crear copia de via&je…"),
    "A new encrypted workspace with only the documents and delegations a trip needs": (
        "Un nouvel espace de travail chiffré ne contenant que les documents et délégations utiles au voyage",
        "Un nuevo espacio de trabajo cifrado con solo los documentos y delegaciones que necesita el viaje"),
    "Make travel copy": ("Créer une copie de voyage", "Crear copia de viaje"),
    "The travel copy's passphrase (better not the same as this workspace's).": (
        "La phrase secrète de la copie de voyage (de préférence différente de celle de cet espace de travail).",
        "La frase de contraseña de la copia de viaje (mejor que no sea la de este espacio de trabajo)."),
    "Writing the travel copy…": ("Écriture de la copie de voyage…", "Escribiendo la copia de viaje…"),
    "Travel copy written: {path}": (f"Copie de voyage écrite{NBSP}: {{path}}", "Copia de viaje escrita: {path}"),
    "No travel copy was written.": ("Aucune copie de voyage n'a été écrite.", "No se escribió ninguna copia de viaje."),
    "Documents\n(versions, provisions, amendments, positions)": (
        "Documents\n(versions, dispositions, amendements, positions)",
        "Documentos\n(versiones, disposiciones, enmiendas, posiciones)"),
    "Delegations you will meet\n(positions, contacts)": ("Délégations que vous rencontrerez\n(positions, contacts)",
                                                          "Delegaciones con las que se reunirá\n(posiciones, contactos)"),
    "Include &internal records (strategy notes, contacts)": (
        "Inclure les éléments &internes (notes de stratégie, contacts)",
        "Incluir los elementos &internos (notas de estrategia, contactos)"),
    "Include &personal records": ("Inclure les éléments &personnels", "Incluir los elementos &personales"),
    "A new encrypted workspace with only what this trip needs, so that a lost or seized laptop reveals little. "
    "After the trip, export a bundle from it and import that here.": (
        "Un nouvel espace de travail chiffré ne contenant que ce dont ce voyage a besoin, pour qu'un ordinateur "
        "perdu ou saisi révèle peu de choses. Après le voyage, exportez-en un lot et importez-le ici.",
        "Un nuevo espacio de trabajo cifrado con solo lo que necesita este viaje, para que un portátil perdido o "
        "incautado revele poco. Tras el viaje, exporte de él un lote e impórtelo aquí."),
    "Make copy…": ("Créer la copie…", "Crear la copia…"),
    # -- the pack profile editor -------------------------------------------------------------
    "Full pack": ("Dossier complet", "Dosier completo"),
    "Two-page brief": ("Note de deux pages", "Nota de dos páginas"),
    "Talking points only": ("Éléments de langage seulement", "Solo argumentos clave"),
    "Automatic": ("Automatique", "Automático"),
    "Always include": ("Toujours inclure", "Incluir siempre"),
    "Never include": ("Ne jamais inclure", "No incluir nunca"),
    "{severity} or higher": ("{severity} ou plus", "{severity} o superior"),
    "The delegation's first working language": ("La première langue de travail de la délégation",
                                                "El primer idioma de trabajo de la delegación"),
    "The pack's own words (headings, labels, talking-point frames); your concerns and amendments stay in the "
    "language you wrote them in": (
        f"Les mots propres au dossier (titres, libellés, formules des éléments de langage){NBSP}; vos "
        "préoccupations et amendements restent dans la langue où vous les avez rédigés",
        "Las palabras propias del dosier (títulos, etiquetas, fórmulas de los argumentos); sus preocupaciones y "
        "enmiendas se mantienen en el idioma en que las redactó"),
    "Evidence annex (documented cases)": ("Annexe des éléments de preuve (cas documentés)",
                                          "Anexo de pruebas (casos documentados)"),
    "Sources annex with numbered references": ("Annexe des sources avec références numérotées",
                                               "Anexo de fuentes con referencias numeradas"),
    "For the delegation of …": ("À l'intention de la délégation de …", "Para la delegación de …"),
    "YYYY-MM-DD (empty: date of the latest change)": (
        f"AAAA-MM-JJ (vide{NBSP}: date de la dernière modification)",
        "AAAA-MM-DD (vacío: fecha del último cambio)"),
    "In the pack": ("Dans le dossier", "En el dosier"),
    "Draft version the pack refers to": ("Version du projet à laquelle renvoie le dossier",
                                         "Versión del proyecto a la que remite el dosier"),
    "Pack template": ("Modèle de dossier", "Modelo de dosier"),
    "Minimum severity": ("Gravité minimale", "Gravedad mínima"),
    "Language of the pack": ("Langue du dossier", "Idioma del dosier"),
    "Marking on every page": ("Mention sur chaque page", "Marca en cada página"),
    "Date of the pack": ("Date du dossier", "Fecha del dosier"),
    "Issuing organisations": ("Organisations auteurs", "Organizaciones autoras"),
    "Provisions in the pack": ("Dispositions du dossier", "Disposiciones del dosier"),
    "Te&xt:": (f"Te&xte{NBSP}:", "Te&xto:"),
    "&Template:": (f"&Modèle{NBSP}:", "&Modelo:"),
    "Minimum se&verity:": (f"Gra&vité minimale{NBSP}:", "Gra&vedad mínima:"),
    "Lan&guage:": (f"Lan&gue{NBSP}:", "I&dioma:"),
    "&Marking:": (f"M&ention{NBSP}:", "M&arca:"),
    "&Date:": (f"&Date{NBSP}:", "F&echa:"),
    "&Issued by:": (f"Pu&blié par{NBSP}:", "Pu&blicado por:"),
    "Latest version": ("Dernière version", "Última versión"),
    "Include {label}": ("Inclure {label}", "Incluir {label}"),
    # -- the system keyring ------------------------------------------------------------------
    "Keep passphrase in the &system keyring": ("Conserver la phrase secrète dans le &trousseau du système",
                                               "Guardar la frase de contraseña en el llavero del siste&ma"),
    "Let this computer's keyring unlock this workspace (optional)": (
        "Laisser le trousseau de cet ordinateur déverrouiller cet espace de travail (facultatif)",
        "Permitir que el llavero de este ordenador desbloquee este espacio de trabajo (opcional)"),
    "System keyring": ("Trousseau du système", "Llavero del sistema"),
    "The passphrase is no longer kept in the system keyring.": (
        "La phrase secrète n'est plus conservée dans le trousseau du système.",
        "La frase de contraseña ya no se guarda en el llavero del sistema."),
    "This computer has no usable keyring (install the keyring package; on Linux a Secret Service such as GNOME "
    "Keyring).": (
        f"Cet ordinateur n'a pas de trousseau utilisable (installez le paquet keyring{NBSP}; sous Linux, un "
        "service Secret Service tel que GNOME Keyring).",
        "Este ordenador no tiene un llavero utilizable (instale el paquete keyring; en Linux, un Secret Service "
        "como GNOME Keyring)."),
    "The passphrase was wrong or the keyring refused it; nothing was kept.": (
        f"La phrase secrète était incorrecte ou le trousseau l'a refusée{NBSP}; rien n'a été conservé.",
        "La frase de contraseña era incorrecta o el llavero la rechazó; no se guardó nada."),
    "The system keyring now unlocks this workspace.": (
        "Le trousseau du système déverrouille désormais cet espace de travail.",
        "El llavero del sistema desbloquea ahora este espacio de trabajo."),
    "No partner key yet. Add the key file a partner sent you, or type the fingerprint they read out to you; "
    "bundles signed by these keys show as verified when you import them.": (
        "Aucune clé de partenaire pour l'instant. Ajoutez le fichier de clé qu'un partenaire vous a envoyé, ou "
        f"tapez l'empreinte qu'il vous a lue{NBSP}; les lots signés par ces clés apparaissent comme vérifiés "
        "lorsque vous les importez.",
        "Aún no hay claves de socios. Añada el archivo de clave que le envió un socio, o escriba la huella que "
        "le leyó; los lotes firmados con estas claves aparecen como verificados al importarlos."),
    "Exported to {path} with {n} amendment attached": ("Exporté vers {path} avec {n} amendement joint",
                                                       "Exportado a {path} con {n} enmienda adjunta"),
    "Exported to {path} with {n} amendments attached": ("Exporté vers {path} avec {n} amendements joints",
                                                        "Exportado a {path} con {n} enmiendas adjuntas"),
    # -- vocabularies shown in record dialogs ------------------------------------------------
    "public": ("publique", "pública"),
    "coalition": ("coalition", "coalición"),
    "internal": ("interne", "interna"),
    "personal": ("personnelle", "personal"),
    "open": ("ouverte", "abierta"),
    "partly-addressed": ("traitée en partie", "atendida en parte"),
    "addressed": ("traitée", "atendida"),
    "withdrawn": ("retiré", "retirado"),
    "insert": ("insertion", "inserción"),
    "delete": ("suppression", "supresión"),
    "substitute": ("remplacement", "sustitución"),
    "draft": ("projet", "borrador"),
    "proposed": ("proposé", "propuesto"),
    "tabled": ("présenté", "presentado"),
    "adopted": ("adopté", "aprobado"),
    "partly-adopted": ("adopté en partie", "aprobado en parte"),
    "rejected": ("rejeté", "rechazado"),
    "heard-in-room": ("entendu en séance", "oído en la sala"),
    "state": ("État", "Estado"),
    "regional-group": ("groupe régional", "grupo regional"),
    "bloc": ("bloc", "bloque"),
    "organization": ("organisation", "organización"),
    "ngo": ("ONG", "ONG"),
    "industry": ("secteur privé", "sector privado"),
    "un-body": ("organe de l'ONU", "órgano de las Naciones Unidas"),
    "government": ("gouvernement", "gobierno"),
    "media": ("médias", "medios de comunicación"),
    "academic": ("milieu universitaire", "ámbito académico"),
    "other": ("autre", "otro"),
    # -- record dialogs -----------------------------------------------------------------------
    "Concern": ("Préoccupation", "Preocupación"),
    "Summary": ("Résumé", "Resumen"),
    "Severity": ("Gravité", "Gravedad"),
    "Status": ("Statut", "Estado"),
    "Sources": ("Sources", "Fuentes"),
    "Evidence cases": ("Cas documentés", "Casos documentados"),
    "Passage amended": ("Passage modifié", "Pasaje modificado"),
    "Proposed text": ("Texte proposé", "Texto propuesto"),
    "Rationale": ("Justification", "Justificación"),
    "Supporters": ("Soutiens", "Apoyos"),
    "Answers concerns": ("Répond aux préoccupations", "Responde a las preocupaciones"),
    "ISO code": ("Code ISO", "Código ISO"),
    "Working languages (comma-separated codes)": ("Langues de travail (codes séparés par des virgules)",
                                                  "Idiomas de trabajo (códigos separados por comas)"),
    "Priority": ("Priorité", "Prioridad"),
    "Member of": ("Membre de", "Miembro de"),
    "Position": ("Position", "Posición"),
    "On": ("Sur", "Sobre"),
    "Illustrative (no public source)": ("Fictive (aucune source publique)", "Ilustrativa (ninguna fuente pública)"),
    "Web address": ("Adresse web", "Dirección web"),
    "Document symbol": ("Cote du document", "Signatura del documento"),
    "Publisher": ("Éditeur", "Editor"),
    "Reliability note": ("Note sur la fiabilité", "Nota sobre la fiabilidad"),
    "Evidence case": ("Cas documenté", "Caso documentado"),
    "Country": ("Pays", "País"),
    "Law": ("Loi", "Ley"),
    "Note": ("Note", "Nota"),
    "Author": ("Auteur", "Autor"),
    "Contact": ("Contact", "Contacto"),
    "Role": ("Fonction", "Cargo"),
    "E-mail": ("Courriel", "Correo electrónico"),
    "Phone": ("Téléphone", "Teléfono"),
    "Short name": ("Nom court", "Nombre corto"),
    "Member of our coalition": ("Membre de notre coalition", "Miembro de nuestra coalición"),
    "Sensitivity": ("Confidentialité", "Confidencialidad"),
    "New source…": ("Nouvelle source…", "Nueva fuente…"),
    "New source": ("Nouvelle source", "Nueva fuente"),
    "Describe a source that is not in the workspace yet; it is saved with this record.": (
        f"Décrire une source qui ne figure pas encore dans l'espace de travail{NBSP}; elle est enregistrée avec "
        "cet élément.",
        "Describir una fuente que aún no está en el espacio de trabajo; se guarda con este elemento."),
    "(choose)": ("(choisir)", "(elegir)"),
    "YYYY-MM-DD, YYYY-MM or YYYY": ("AAAA-MM-JJ, AAAA-MM ou AAAA", "AAAA-MM-DD, AAAA-MM o AAAA"),
    "{label} is required.": (f"{{label}}{NBSP}: ce champ est obligatoire.", "{label}: este campo es obligatorio."),
    "{label} must be a real date such as 2024-08-08 (or 2024-08, 2024).": (
        f"{{label}}{NBSP}: indiquez une date réelle, par exemple 2024-08-08 (ou 2024-08, 2024).",
        "{label}: indique una fecha real, por ejemplo 2024-08-08 (o 2024-08, 2024)."),
    "{label} must start with http:// or https://.": (
        f"{{label}}{NBSP}: l'adresse doit commencer par http:// ou https://.",
        "{label}: la dirección debe empezar por http:// o https://."),
    # -- the pack export dialog ---------------------------------------------------------------
    "Export briefing pack": ("Exporter un dossier d'information", "Exportar dosier informativo"),
    "Search delegations…": ("Rechercher une délégation…", "Buscar delegaciones…"),
    "Search delegations": ("Rechercher une délégation", "Buscar delegaciones"),
    "Delegations": ("Délégations", "Delegaciones"),
    "Save pr&ofile": ("Enregistrer le pr&ofil", "Guardar &perfil"),
    "&Save PDF…": ("Enregistrer le &PDF…", "&Guardar PDF…"),
    "Save your changes to the pack profile {name!r} first? Otherwise they are lost.": (
        f"Enregistrer d'abord vos modifications du profil de dossier {{name!r}}{NBSP}? Sinon elles seront perdues.",
        "¿Guardar primero los cambios del perfil de dosier {name!r}? De lo contrario se perderán."),
    "Save": ("Enregistrer", "Guardar"),
    "Laying out the pack…": ("Mise en page du dossier…", "Maquetando el dosier…"),
    "The pack could not be built: {reason}": (f"Le dossier n'a pas pu être créé{NBSP}: {{reason}}",
                                              "No se pudo crear el dosier: {reason}"),
    "Pack preview": ("Aperçu du dossier", "Vista previa del dosier"),
    "Profile not saved": ("Profil non enregistré", "Perfil no guardado"),
    "Your settings are still in the dialog.": ("Vos réglages sont toujours dans la fenêtre.",
                                               "Sus ajustes siguen en el cuadro de diálogo."),
    "Pack profile {name!r} saved.": ("Profil de dossier {name!r} enregistré.", "Perfil de dosier {name!r} guardado."),
    "Pack not saved": ("Dossier non enregistré", "Dosier no guardado"),
    "Pack not logged": ("Dossier non consigné au journal", "Dosier no registrado"),
    "No pack has been exported from this workspace yet. File → Export briefing pack… (Ctrl+E) makes one; "
    "File → Export capital pack… one for a capital. Each export is listed here with the SHA-256 of its file.": (
        "Aucun dossier n'a encore été exporté de cet espace de travail. Fichier → Exporter un dossier "
        f"d'information… (Ctrl+E) en crée un{NBSP}; Fichier → Exporter un dossier pour la capitale… un dossier pour "
        "une capitale. Chaque exportation figure ici avec le SHA-256 de son fichier.",
        "Aún no se ha exportado ningún dosier de este espacio de trabajo. Archivo → Exportar dosier informativo… "
        "(Ctrl+E) crea uno; Archivo → Exportar dosier para la capital… uno para una capital. Cada exportación "
        "figura aquí con el SHA-256 de su archivo."),
    "Results appear as you type: words from a provision's number or heading, a concern or an amendment; a "
    "\"quoted phrase\" matches as written. ↑/↓ choose, Enter opens the hit.": (
        "Les résultats s'affichent pendant la saisie : mots du numéro ou de l'intitulé d'une disposition, d'une "
        "préoccupation ou d'un amendement ; une « expression entre guillemets » est cherchée telle quelle. "
        "↑/↓ pour choisir, Entrée ouvre le résultat.".replace(" :", f"{NBSP}:").replace(" ;", f"{NBSP};")
        .replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»"),
        "Los resultados aparecen mientras escribe: palabras del número o el título de una disposición, de una "
        "preocupación o de una enmienda; una \"frase entre comillas\" se busca tal cual. ↑/↓ para elegir, Intro "
        "abre el resultado."),
    "Capital pack not logged": ("Dossier pour la capitale non consigné au journal",
                                "Dosier para la capital no registrado"),
    "{file} was written but is not in the export log.": (
        "{file} a été écrit mais ne figure pas au journal des exportations.",
        "{file} se escribió pero no figura en el registro de exportaciones."),
    " (%n font warning(s))": ([" (%n avertissement de police)", " (%n avertissements de police)"],
                              [" (%n advertencia de fuente)", " (%n advertencias de fuente)"]),
    "Saved {file}: %n page(s){note}.": ([f"{{file}} enregistré{NBSP}: %n page{{note}}.",
                                         f"{{file}} enregistré{NBSP}: %n pages{{note}}."],
                                        ["{file} guardado: %n página{note}.", "{file} guardado: %n páginas{note}."]),
    "Choose a delegation to see its pack.": ("Choisissez une délégation pour voir son dossier.",
                                             "Elija una delegación para ver su dosier."),
    "Warning: {warning}": (f"Avertissement{NBSP}: {{warning}}", "Advertencia: {warning}"),
    "Pack profile": ("Profil de dossier", "Perfil de dosier"),
    "Pro&file:": (f"Pro&fil{NBSP}:", "Per&fil:"),
    "&New…": ("&Nouveau…", "&Nuevo…"),
    "&Rename…": ("&Renommer…", "&Renombrar…"),
    "De&lete": ("&Supprimer", "E&liminar"),
    "New pack profile": ("Nouveau profil de dossier", "Nuevo perfil de dosier"),
    "{name} (copy)": ("{name} (copie)", "{name} (copia)"),
    "Profile not created": ("Profil non créé", "Perfil no creado"),
    "Rename pack profile": ("Renommer le profil de dossier", "Renombrar el perfil de dosier"),
    "Profile not renamed": ("Profil non renommé", "Perfil no renombrado"),
    "Delete the pack profile {name!r} of {delegation}? Exports already in the log keep its name.": (
        f"Supprimer le profil de dossier {{name!r}} de {{delegation}}{NBSP}? Les exportations déjà consignées "
        "au journal gardent son nom.",
        "¿Eliminar el perfil de dosier {name!r} de {delegation}? Las exportaciones que ya figuran en el "
        "registro conservan su nombre."),
    "Delete pack profile": ("Supprimer le profil de dossier", "Eliminar el perfil de dosier"),
    "Profile not deleted": ("Profil non supprimé", "Perfil no eliminado"),
    "Profile name": ("Nom du profil", "Nombre del perfil"),
    "&Name:": (f"&Nom{NBSP}:", "&Nombre:"),
    # -- search --------------------------------------------------------------------------------
    "Search": ("Recherche", "Búsqueda"),
    "Search provisions, concerns and amendments…": ("Rechercher dispositions, préoccupations et amendements…",
                                                    "Buscar disposiciones, preocupaciones y enmiendas…"),
    "Search results": ("Résultats de la recherche", "Resultados de la búsqueda"),
    "%n result(s)": (["%n résultat", "%n résultats"], ["%n resultado", "%n resultados"]),
    "No results.": ("Aucun résultat.", "Ningún resultado."),
    # -- the record views (All concerns, Delegations, Sources and cases, Organizations) ---------
    "Cited by": ("Cité par", "Citado por"),
    "Add source…": ("Ajouter une source…", "Añadir fuente…"),
    "Add case…": ("Ajouter un cas…", "Añadir caso…"),
    "Supports": ("Soutient", "Apoya"),
    "Coalition": ("Coalition", "Coalición"),
    "member": ("membre", "miembro"),
    "Organizations": ("Organisations", "Organizaciones"),
    "Add organization…": ("Ajouter une organisation…", "Añadir organización…"),
    "Filter {what}…": (f"Filtrer{NBSP}: {{what}}…", "Filtrar: {what}…"),
    "Filter {what}": (f"Filtrer{NBSP}: {{what}}", "Filtrar: {what}"),
    "Go to provision": ("Aller à la disposition", "Ir a la disposición"),
    "Contributed by": ("Apporté par", "Aportado por"),
    "Contributed by:": (f"Apporté par{NBSP}:", "Aportado por:"),
    "our own": ("les nôtres", "los nuestros"),
    "demo corpus ({n})": ("corpus de démonstration ({n})", "corpus de demostración ({n})"),
    "an unnamed organization": ("une organisation sans nom", "una organización sin nombre"),
    "ISO": ("ISO", "ISO"),
    "Languages": ("Langues", "Idiomas"),
    "Add delegation…": ("Ajouter une délégation…", "Añadir delegación…"),
    "Delegation detail": ("Détail de la délégation", "Detalle de la delegación"),
    "Add contact…": ("Ajouter un contact…", "Añadir contacto…"),
    "Amendment {label} to {article}: {title}": (f"Amendement {{label}} à {{article}}{NBSP}: {{title}}",
                                                "Enmienda {label} a {article}: {title}"),
    "Position matrix": ("Matrice des positions", "Matriz de posiciones"),
    "Include &amendments": ("Inclure les &amendements", "Incluir las &enmiendas"),
    "Include amendments": ("Inclure les amendements", "Incluir las enmiendas"),
    "Add a column for each amendment after its article": ("Ajouter une colonne pour chaque amendement après son article",
                                                          "Añadir una columna por enmienda después de su artículo"),
    "%n delegation(s) × {articles}": (["%n délégation × {articles}", "%n délégations × {articles}"],
                                      ["%n delegación × {articles}", "%n delegaciones × {articles}"]),
    "%n article(s)": (["%n article", "%n articles"], ["%n artículo", "%n artículos"]),
    " and %n amendment(s)": ([" et %n amendement", " et %n amendements"], [" y %n enmienda", " y %n enmiendas"]),
    "Choose a delegation.": ("Choisissez une délégation.", "Elija una delegación."),
    "Concerns (with its paragraphs)": ("Préoccupations (avec ses paragraphes)", "Preocupaciones (con sus párrafos)"),
    "Amendments (with its paragraphs)": ("Amendements (avec ses paragraphes)", "Enmiendas (con sus párrafos)"),
    # -- the provision panel's cards --------------------------------------------------------
    "bundle {file}": ("lot {file}", "lote {file}"),
    "Contributed by {organization}": ("Apporté par {organization}", "Aportado por {organization}"),
    "Version: {label}": (f"Version{NBSP}: {{label}}", "Versión: {label}"),
    "dated {date}": ("datée du {date}", "con fecha {date}"),
    "New in this version (not in {earlier}).": ("Nouveau dans cette version (absent de {earlier}).",
                                                "Nuevo en esta versión (no figura en {earlier})."),
    "Changed since {earlier} (there: {label}).": (f"Modifié depuis {{earlier}} (là{NBSP}: {{label}}).",
                                                  "Modificado desde {earlier} (allí: {label})."),
    "The amended passage no longer appears in the text.": ("Le passage modifié ne figure plus dans le texte.",
                                                           "El pasaje modificado ya no figura en el texto."),
    "Proposed: {text}": (f"Proposé{NBSP}: {{text}}", "Propuesto: {text}"),
    "Rationale:": (f"Justification{NBSP}:", "Justificación:"),
    "Supported by: {names}": (f"Soutenu par{NBSP}: {{names}}", "Apoyado por: {names}"),
    "Answers: {titles}": (f"Répond à{NBSP}: {{titles}}", "Responde a: {titles}"),
    "{mark}: no public source supports this position; it is an illustration, not a record.": (
        f"{{mark}}{NBSP}: aucune source publique n'étaye cette position{NBSP}; c'est une illustration, pas un "
        "constat.",
        "{mark}: ninguna fuente pública respalda esta posición; es una ilustración, no un registro."),
    "On the provision": ("Sur la disposition", "Sobre la disposición"),
    "On its amendments": ("Sur ses amendements", "Sobre sus enmiendas"),
    "Amendment: {title}": (f"Amendement{NBSP}: {{title}}", "Enmienda: {title}"),
    "priority {level}": ("priorité {level}", "prioridad {level}"),
    "languages: {codes}": (f"langues{NBSP}: {{codes}}", "idiomas: {codes}"),
    "Member of: {names}": (f"Membre de{NBSP}: {{names}}", "Miembro de: {names}"),
    # -- provision labels --------------------------------------------------------------------
    "Preamble": ("Préambule", "Preámbulo"),
    "Part {number}": ("Partie {number}", "Parte {number}"),
    "Title {number}": ("Titre {number}", "Título {number}"),
    "Chapter {number}": ("Chapitre {number}", "Capítulo {number}"),
    "Section {number}": ("Section {number}", "Sección {number}"),
    "Article {number}": ("Article {number}", "Artículo {number}"),
    "Annex {number}": ("Annexe {number}", "Anexo {number}"),
    "Interpretative notes {number}": ("Notes interprétatives {number}", "Notas interpretativas {number}"),
    "Closing formula {number}": ("Formule finale {number}", "Cláusula final {number}"),
    "para. {number}": ("par. {number}", "párr. {number}"),
    # -- batch export and the export log -------------------------------------------------------
    "As saved for each delegation": ("Tel qu'enregistré pour chaque délégation", "Según lo guardado para cada delegación"),
    "Export packs for several delegations": ("Exporter des dossiers pour plusieurs délégations",
                                             "Exportar dosieres para varias delegaciones"),
    "Select &none": ("Tout dé&sélectionner", "Seleccionar &ninguno"),
    "&Browse…": ("&Parcourir…", "E&xaminar…"),
    "Delegations to export": ("Délégations à exporter", "Delegaciones que exportar"),
    "Minimum &severity:": (f"Gra&vité minimale{NBSP}:", "Gra&vedad mínima:"),
    "Briefing pack export log": ("Journal des exportations de dossiers", "Registro de exportaciones de dosieres"),
    "Exports": ("Exportations", "Exportaciones"),
    "Show exports for": ("Afficher les exportations pour", "Mostrar las exportaciones de"),
    "All delegations": ("Toutes les délégations", "Todas las delegaciones"),
    "&Delegation:": (f"&Délégation{NBSP}:", "&Delegación:"),
    "C&heck a file…": ("&Vérifier un fichier…", "&Comprobar un archivo…"),
    "Exported (UTC)": ("Exporté (UTC)", "Exportado (UTC)"),
    "Profile": ("Profil", "Perfil"),
    "Template": ("Modèle", "Modelo"),
    "File": ("Fichier", "Archivo"),
    "Pages": ("Pages", "Páginas"),
    "Data version": ("Version des données", "Versión de los datos"),
    "Capital pack (ministry)": ("Dossier pour la capitale (ministère)", "Dosier para la capital (ministerio)"),
    "Capital pack (committee)": ("Dossier pour la capitale (commission)", "Dosier para la capital (comisión)"),
    # -- compare versions and the review after a new draft ----------------------------------
    "Show unchanged provisions": ("Afficher les dispositions inchangées", "Mostrar las disposiciones sin cambios"),
    "Versions": ("Versions", "Versiones"),
    "&Inline redline": ("Révision &intégrée", "Control de cambios &integrado"),
    "&Side by side": ("Côte à &côte", "&Lado a lado"),
    "Choose two different versions.": ("Choisissez deux versions différentes.", "Elija dos versiones distintas."),
    "What changed since the previous draft": ("Ce qui a changé depuis le projet précédent",
                                              "Lo que cambió desde el proyecto anterior"),
    "Review after new draft": ("Revue après un nouveau projet", "Revisión tras un nuevo proyecto"),
    "&Go to provision": ("&Aller à la disposition", "&Ir a la disposición"),
    "Show settled items (carried unchanged, resolved)": (
        "Afficher les éléments réglés (reportés sans changement, résolus)",
        "Mostrar los elementos resueltos (trasladados sin cambios, resueltos)"),
    "Mark &resolved": ("Marquer comme &résolu", "Marcar como &resuelto"),
    "Re&open": ("R&ouvrir", "Rea&brir"),
    "&New draft": (f"&Nouveau projet{NBSP}:", "&Nuevo proyecto:"),
    "Compare versions": ("Comparer les versions", "Comparar versiones"),
    "Redline preview": ("Aperçu de la révision", "Vista previa del control de cambios"),
    "Preview": ("Aperçu", "Vista previa"),
    "Cannot show the change: {error}.": (f"Impossible d'afficher la modification{NBSP}: {{error}}.",
                                         "No se puede mostrar el cambio: {error}."),
    "The passage amended must be copied exactly from the provision's text.": (
        "Le passage modifié doit être copié tel quel depuis le texte de la disposition.",
        "El pasaje modificado debe copiarse tal cual del texto de la disposición."),
    "The first profile is the delegation's default: batch export and briefing-app pack use it unless told "
    "otherwise.": (
        f"Le premier profil est celui de la délégation par défaut{NBSP}: l'exportation groupée et briefing-app "
        "pack l'utilisent sauf indication contraire.",
        "El primer perfil es el predeterminado de la delegación: la exportación por lotes y briefing-app pack lo "
        "usan salvo que se indique otro."),
    "A new profile, starting as a copy of the shown settings": (
        "Un nouveau profil, copie des réglages affichés", "Un perfil nuevo, copia de los ajustes mostrados"),
    # -- importing a draft --------------------------------------------------------------------
    "Import draft — {file}": ("Importer un projet — {file}", "Importar proyecto — {file}"),
    "New document…": ("Nouveau document…", "Documento nuevo…"),
    "e.g. Rev.3": ("p. ex. Rev.3", "p. ej. Rev.3"),
    "YYYY-MM-DD": ("AAAA-MM-JJ", "AAAA-MM-DD"),
    "Text": ("Texte", "Texto"),
    "Line": ("Ligne", "Línea"),
    "Why it was not placed": ("Pourquoi elle n'a pas été placée", "Por qué no se colocó"),
    "&Next: review mapping…": (f"&Suivant{NBSP}: revoir la correspondance…", "&Siguiente: revisar la correspondencia…"),
    "New document &title": (f"&Titre du nouveau document{NBSP}:", "&Título del documento nuevo:"),
    "Version &label": (f"&Libellé de la version{NBSP}:", "&Etiqueta de la versión:"),
    "&Date": (f"D&ate{NBSP}:", "Fec&ha:"),
    "&Map against": (f"&Comparer avec{NBSP}:", "&Comparar con:"),
    "Found {summary}.": (f"Trouvé{NBSP}: {{summary}}.", "Encontrado: {summary}."),
    "Lines that could not be placed (check them in the file before saving):": (
        f"Lignes qui n'ont pas pu être placées (vérifiez-les dans le fichier avant d'enregistrer){NBSP}:",
        "Líneas que no se pudieron colocar (compruébelas en el archivo antes de guardar):"),
    "Every line was placed.": ("Toutes les lignes ont été placées.", "Se colocaron todas las líneas."),
    "(first version: nothing to map against)": ("(première version : rien à comparer)".replace(" :", f"{NBSP}:"),
                                                "(primera versión: nada con que comparar)"),
    "Previous draft": ("Projet précédent", "Proyecto anterior"),
    "Becomes": ("Devient", "Pasa a ser"),
    "Also split into": ("Aussi scindé en", "También dividido en"),
    "Proposal": ("Proposition", "Propuesta"),
    "Similarity": ("Similitude", "Similitud"),
    "Map {version} onto {base}": ("Faire correspondre {version} à {base}", "Hacer corresponder {version} con {base}"),
    "&Save new version": ("&Enregistrer la nouvelle version", "&Guardar la nueva versión"),
    "Check what each provision of the previous draft became. Concerns, amendments and positions follow these "
    "choices.": (
        "Vérifiez ce qu'est devenue chaque disposition du projet précédent. Les préoccupations, amendements et "
        "positions suivent ces choix.",
        "Compruebe en qué se convirtió cada disposición del proyecto anterior. Las preocupaciones, enmiendas y "
        "posiciones siguen estas decisiones."),
    "Proposal: {counts}.": (f"Proposition{NBSP}: {{counts}}.", "Propuesta: {counts}."),
    "New in this draft: {names}.": (f"Nouveau dans ce projet{NBSP}: {{names}}.", "Nuevo en este proyecto: {names}."),
    "none": ("aucune", "ninguna"),
    "{name}: also split into": (f"{{name}}{NBSP}: aussi scindé en", "{name}: también dividido en"),
    # -- exporting and importing bundles ------------------------------------------------------
    "New": ("Nouveau", "Nuevo"),
    "Updated (take theirs)": ("Mis à jour (leur version)", "Actualizado (su versión)"),
    "Unchanged": ("Inchangé", "Sin cambios"),
    "Keep mine": ("Garder la mienne", "Conservar la mía"),
    "Conflicting": ("En conflit", "En conflicto"),
    "Deleted": ("Supprimé", "Eliminado"),
    "Proposed (you decide)": ("Proposé (à vous de décider)", "Propuesto (usted decide)"),
    "Protected (internal here)": ("Protégé (interne ici)", "Protegido (interno aquí)"),
    "Export bundle": ("Exporter un lot", "Exportar lote"),
    "The whole workspace": ("Tout l'espace de travail", "Todo el espacio de trabajo"),
    "Only this selection:": (f"Seulement cette sélection{NBSP}:", "Solo esta selección:"),
    "Delegations\n(with their positions)": ("Délégations\n(avec leurs positions)", "Delegaciones\n(con sus posiciones)"),
    "Concern categories\n(with what they cite)": ("Catégories de préoccupations\n(avec ce qu'elles citent)",
                                                   "Categorías de preocupaciones\n(con lo que citan)"),
    "Concerns by organization\n(with what they cite)": ("Préoccupations par organisation\n(avec ce qu'elles citent)",
                                                         "Preocupaciones por organización\n(con lo que citan)"),
    "Include rows marked internal": ("Inclure les lignes marquées internes", "Incluir las filas marcadas como internas"),
    "Rows marked internal (meeting notes, contacts, internal analysis) will be in the bundle. Share it only with "
    "people who may read them. Personal rows never leave.": (
        "Les lignes marquées internes (notes de réunion, contacts, analyses internes) figureront dans le lot. Ne le "
        "partagez qu'avec des personnes autorisées à les lire. Les lignes personnelles ne partent jamais.",
        "Las filas marcadas como internas (notas de reuniones, contactos, análisis internos) irán en el lote. "
        "Compártalo solo con personas que puedan leerlas. Las filas personales nunca salen."),
    "Your organization, as partners will see it": ("Votre organisation, telle que les partenaires la verront",
                                                   "Su organización, tal como la verán los socios"),
    "A line for the recipient": ("Une ligne pour le destinataire", "Una línea para el destinatario"),
    "From": ("De", "De"),
    "Description": ("Description", "Descripción"),
    "Export…": ("Exporter…", "Exportar…"),
    "Rows marked personal never leave this computer; rows marked internal stay unless you include them below.": (
        f"Les lignes marquées personnelles ne quittent jamais cet ordinateur{NBSP}; les lignes marquées internes "
        "restent ici sauf si vous les incluez ci-dessous.",
        "Las filas marcadas como personales nunca salen de este ordenador; las internas se quedan salvo que las "
        "incluya abajo."),
    "Import {file}": ("Importer {file}", "Importar {file}"),
    "From: {organization}": (f"De{NBSP}: {{organization}}", "De: {organization}"),
    "Made: {date} with Briefing Desk {version}": (f"Créé{NBSP}: {{date}} avec Briefing Desk {{version}}",
                                                  "Creado: {date} con Briefing Desk {version}"),
    "Description: {text}": (f"Description{NBSP}: {{text}}", "Descripción: {text}"),
    "Bundle: {id}": (f"Lot{NBSP}: {{id}}", "Lote: {id}"),
    "Table": ("Table", "Tabla"),
    "Total": ("Total", "Total"),
    "A backup is taken first; Tools → Undo last import restores it. ": (
        f"Une sauvegarde est faite d'abord{NBSP}; Outils → Annuler la dernière importation la restaure. ",
        "Antes se hace una copia de seguridad; Herramientas → Deshacer la última importación la restaura. "),
    "{n} conflicting rows keep your version; theirs wait in Resolve conflicts.": (
        f"{{n}} lignes en conflit gardent votre version{NBSP}; la leur attend dans Résoudre les conflits.",
        "{n} filas en conflicto conservan su versión; la de ellos espera en Resolver conflictos."),
    "No conflicts.": ("Aucun conflit.", "Ningún conflicto."),
    "Import": ("Importer", "Importar"),
    "Records": ("Éléments", "Elementos"),
}

GETTING_STARTED_FR = """
<h2>Premiers pas avec Briefing Desk</h2>
<p>Briefing Desk suit un traité au fil de ses projets. Pour chaque disposition, vous consignez les
<b>préoccupations</b> qu'elle suscite et les <b>amendements</b> que vous recommandez, vous suivez ce que
pense chaque <b>délégation</b>, et vous remettez à chaque délégation un <b>dossier d'information PDF</b>
établi pour elle. Tout reste dans un seul fichier d'espace de travail sur cet ordinateur ; rien ne part
en ligne.</p>
<h3>Les vues</h3>
<ul>
<li><b>Dispositions</b> (Ctrl+1) : le traité en arborescence à gauche, filtré à mesure que vous tapez ;
l'article choisi au centre ; ses préoccupations, amendements et positions à droite.</li>
<li><b>Toutes les préoccupations</b> (Ctrl+2), <b>Délégations</b> (Ctrl+3), <b>Matrice des positions</b>
(Ctrl+4), <b>Sources et cas</b> (Ctrl+5), <b>Organisations</b> (Ctrl+6).</li>
</ul>
<h3>Le travail quotidien</h3>
<ul>
<li>Ajoutez une préoccupation, un amendement ou une position avec les boutons au-dessus de chaque onglet,
ou depuis le menu Édition ; modifiez-en ou supprimez-en un avec les boutons de sa fiche (ou par clic
droit).</li>
<li>Chaque modification est enregistrée aussitôt ; Édition → Annuler (Ctrl+Z) revient en arrière.</li>
<li>Les éléments commencent <i>internes</i> lorsqu'ils pourraient nuire à quelqu'un : les éléments internes
et personnels ne figurent jamais dans un dossier, et les éléments personnels ne quittent jamais cet
ordinateur.</li>
<li>Fichier → Exporter un dossier d'information… crée le PDF d'une délégation ; Fichier → Exporter un lot…
partage votre travail avec les partenaires, Fichier → Importer un lot… fusionne le leur après avoir montré
ce qui changerait.</li>
<li>Édition → Rechercher (Ctrl+F) trouve dispositions, préoccupations et amendements.</li>
</ul>
<p>Aide → Raccourcis clavier liste tous les raccourcis.</p>
<h3>Par où commencer</h3>
""".replace(" ;", "\u00a0;").replace(" :", "\u00a0:")

GETTING_STARTED_ES = """
<h2>Primeros pasos con Briefing Desk</h2>
<p>Briefing Desk sigue un tratado a lo largo de sus proyectos. Para cada disposición, usted registra las
<b>preocupaciones</b> que suscita y las <b>enmiendas</b> que recomienda, sigue lo que piensa cada
<b>delegación</b> y entrega a cada delegación un <b>dosier informativo en PDF</b> preparado para ella.
Todo queda en un solo archivo de espacio de trabajo en este ordenador; nada sale a internet.</p>
<h3>Las vistas</h3>
<ul>
<li><b>Disposiciones</b> (Ctrl+1): el tratado en árbol a la izquierda, filtrado mientras escribe; el
artículo elegido en el centro; sus preocupaciones, enmiendas y posiciones a la derecha.</li>
<li><b>Todas las preocupaciones</b> (Ctrl+2), <b>Delegaciones</b> (Ctrl+3), <b>Matriz de posiciones</b>
(Ctrl+4), <b>Fuentes y casos</b> (Ctrl+5), <b>Organizaciones</b> (Ctrl+6).</li>
</ul>
<h3>El trabajo diario</h3>
<ul>
<li>Añada una preocupación, una enmienda o una posición con los botones sobre cada pestaña o desde el
menú Edición; modifique o elimine una con los botones de su ficha (o con el botón derecho).</li>
<li>Cada cambio se guarda al instante; Edición → Deshacer (Ctrl+Z) lo revierte.</li>
<li>Los elementos empiezan como <i>internos</i> cuando podrían perjudicar a alguien: los elementos internos
y personales nunca van a un dosier, y los personales nunca salen de este ordenador.</li>
<li>Archivo → Exportar dosier informativo… crea el PDF de una delegación; Archivo → Exportar lote…
comparte su trabajo con los socios, Archivo → Importar lote… combina el de ellos tras mostrar qué
cambiaría.</li>
<li>Edición → Buscar (Ctrl+F) encuentra disposiciones, preocupaciones y enmiendas.</li>
</ul>
<p>Ayuda → Atajos de teclado enumera todos los atajos.</p>
<h3>Por dónde empezar</h3>
"""


def translations(source: str) -> tuple[str | list[str], str | list[str]] | None:
    """(French, Spanish) for a source text, None when there is none yet."""
    if source.lstrip().startswith("<h2>Getting started with Briefing Desk</h2>"):
        return GETTING_STARTED_FR, GETTING_STARTED_ES
    from ui_translations_empty import EMPTY  # the empty-state texts
    from ui_translations_messages import MESSAGES  # bundle and draft flows (a third translator's file)
    from ui_translations_status import STATUS  # the after-adoption views (a second translator's file)

    return T.get(source) or STATUS.get(source) or EMPTY.get(source) or MESSAGES.get(source)
