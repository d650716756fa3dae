"""French and Spanish for the messages, titles and columns of the bundle and draft flows (File →
Import/Export bundle, Tools → Undo last import / Check workspace, View → Compare versions and
Review after new draft), by English source text; merged into scripts/ui_translations.T. Kept apart
so two people translating at once do not edit one file. Plural entries give [one, other].
"""

from __future__ import annotations

NBSP = "\u00a0"

MESSAGES: dict[str, tuple[str | list[str], str | list[str]]] = {
    # -- packs: the end of a batch export ---------------------------------------------------------------
    "%n pack(s) written to {folder}.": (["%n dossier écrit dans {folder}.", "%n dossiers écrits dans {folder}."],
                                        ["%n dosier escrito en {folder}.", "%n dosieres escritos en {folder}."]),
    "Failed: {delegation}: {error}": (f"Échec{NBSP}: {{delegation}}{NBSP}: {{error}}",
                                      "Error: {delegation}: {error}"),
    # -- bundles ------------------------------------------------------------------------------------
    "Your workspace is unchanged.": ("Votre espace de travail n'a pas été modifié.",
                                     "Su espacio de trabajo no se ha modificado."),
    "Briefing Desk bundles (*{suffix});;All files (*)": (
        "Lots Briefing Desk (*{suffix});;Tous les fichiers (*)",
        "Lotes de Briefing Desk (*{suffix});;Todos los archivos (*)"),
    "Import bundle": ("Importer un lot", "Importar un lote"),
    "Writing the bundle…": ("Écriture du lot…", "Escribiendo el lote…"),
    "Wrote {file}: %n row(s).": ([f"{{file}} écrit{NBSP}: %n ligne.", f"{{file}} écrit{NBSP}: %n lignes."],
                                 ["Se escribió {file}: %n fila.", "Se escribió {file}: %n filas."]),
    "%n row(s) stayed here (sensitivity, or they refer to rows that stayed).": (
        ["%n ligne est restée ici (sensibilité, ou elle renvoie à des lignes restées ici).",
         "%n lignes sont restées ici (sensibilité, ou elles renvoient à des lignes restées ici)."],
        ["%n fila se quedó aquí (confidencialidad, o remite a filas que se quedaron).",
         "%n filas se quedaron aquí (confidencialidad, o remiten a filas que se quedaron)."]),
    "Checking {file}…": ("Vérification de {file}…", "Comprobando {file}…"),
    "{file}: this workspace already has everything in it.": (
        f"{{file}}{NBSP}: cet espace de travail contient déjà tout ce qu'il apporte.",
        "{file}: este espacio de trabajo ya contiene todo lo que trae."),
    "Importing {file}…": ("Importation de {file}…", "Importando {file}…"),
    "Imported {file} from {organization}; %n conflict(s) or proposal(s) wait in Tools → Resolve conflicts.": (
        [f"{{file}} importé de {{organization}}{NBSP}; %n conflit ou proposition attend dans Outils → "
         "Résoudre les conflits.",
         f"{{file}} importé de {{organization}}{NBSP}; %n conflits ou propositions attendent dans Outils → "
         "Résoudre les conflits."],
        ["Se importó {file} de {organization}; %n conflicto o propuesta espera en Herramientas → "
         "Resolver conflictos.",
         "Se importó {file} de {organization}; %n conflictos o propuestas esperan en Herramientas → "
         "Resolver conflictos."]),
    "Imported {file} from {organization}.": ("{file} importé de {organization}.",
                                             "Se importó {file} de {organization}."),
    "an unnamed organization": ("une organisation sans nom", "una organización sin nombre"),
    "Undo last import": ("Annuler la dernière importation", "Deshacer la última importación"),
    "There is no import to undo.": ("Il n'y a aucune importation à annuler.", "No hay ninguna importación que deshacer."),
    "Restore the workspace as it was before importing {file} ({when})?": (
        f"Rétablir l'espace de travail tel qu'il était avant l'importation de {{file}} ({{when}}){NBSP}?",
        "¿Restablecer el espacio de trabajo tal como estaba antes de importar {file} ({when})?"),
    "Undo import": ("Annuler l'importation", "Deshacer la importación"),
    "Changes made after the import will be lost.": ("Les modifications faites après l'importation seront perdues.",
                                                    "Se perderán los cambios hechos después de la importación."),
    "Undo anyway": ("Annuler quand même", "Deshacer de todos modos"),
    "Undid the import of {file}.": ("Importation de {file} annulée.", "Se deshizo la importación de {file}."),
    "Restoring the backup…": ("Restauration de la sauvegarde…", "Restaurando la copia de seguridad…"),
    "Check workspace": ("Vérifier l'espace de travail", "Comprobar el espacio de trabajo"),
    "%n problem(s) found:": ([f"%n problème trouvé{NBSP}:", f"%n problèmes trouvés{NBSP}:"],
                             ["Se encontró %n problema:", "Se encontraron %n problemas:"]),
    "Restore a backup from the backups folder.": ("Restaurez une sauvegarde depuis le dossier des sauvegardes.",
                                                  "Restaure una copia de seguridad desde la carpeta de copias."),
    "Integrity and foreign-key checks passed.": (
        "Les contrôles d'intégrité et de clés étrangères sont réussis.",
        "Las comprobaciones de integridad y de claves externas son correctas."),
    "Resolve conflicts": ("Résoudre les conflits", "Resolver conflictos"),
    "Contributions": ("Contributions", "Contribuciones"),
    "The bundle was refused; your workspace is unchanged.": (
        f"Le lot a été refusé{NBSP}; votre espace de travail n'a pas été modifié.",
        "Se rechazó el lote; su espacio de trabajo no se ha modificado."),
    "{title} cancelled: nothing was changed.": (f"{{title}}{NBSP}: annulé, rien n'a été modifié.",
                                                "{title}: cancelado, no se modificó nada."),
    # -- View → Compare versions -----------------------------------------------------------------------
    "unchanged": ("inchangée", "sin cambios"),
    "renumbered": ("renumérotée", "renumerada"),
    "changed": ("modifiée", "modificada"),
    "added": ("ajoutée", "añadida"),
    "removed": ("supprimée", "suprimida"),
    "%n renumbered": (["%n renumérotée", "%n renumérotées"], ["%n renumerada", "%n renumeradas"]),
    "%n changed": (["%n modifiée", "%n modifiées"], ["%n modificada", "%n modificadas"]),
    "%n added": (["%n ajoutée", "%n ajoutées"], ["%n añadida", "%n añadidas"]),
    "%n removed": (["%n supprimée", "%n supprimées"], ["%n suprimida", "%n suprimidas"]),
    "%n unchanged": (["%n inchangée", "%n inchangées"], ["%n sin cambios", "%n sin cambios"]),
    "no provision changed": ("aucune disposition modifiée", "ninguna disposición modificada"),
    "Change": ("Changement", "Cambio"),
    "Changed": ("Part modifiée", "Parte modificada"),
    # -- Import draft, Review after new draft ----------------------------------------------------------
    "— deleted —": ("— supprimée —", "— suprimida —"),
    "carried unchanged": ("reportée sans changement", "trasladada sin cambios"),
    "base text changed": ("texte de base modifié", "texto base modificado"),
    "possibly adopted": ("peut-être adoptée", "posiblemente adoptada"),
    "orphaned (provision deleted)": ("orpheline (disposition supprimée)", "huérfana (disposición suprimida)"),
    "resolved": ("réglée", "resuelta"),
    "new provision": ("nouvelle disposition", "nueva disposición"),
    "concern": ("préoccupation", "preocupación"),
    "amendment": ("amendement", "enmienda"),
    "position": ("position", "posición"),
    "Was on": ("Était sur", "Estaba en"),
    "Now on": ("Désormais sur", "Ahora en"),
    "Why": ("Motif", "Motivo"),
    "Drafts ({patterns});;All files (*)": ("Projets ({patterns});;Tous les fichiers (*)",
                                           "Proyectos ({patterns});;Todos los archivos (*)"),
    "Import draft {version}": ("Importer le projet {version}", "Importar el proyecto {version}"),
    "Imported {version}: %n record(s) carried forward": (
        [f"{{version}} importé{NBSP}: %n élément reporté", f"{{version}} importé{NBSP}: %n éléments reportés"],
        ["Se importó {version}: %n elemento trasladado", "Se importó {version}: %n elementos trasladados"]),
    ", %n need(s) a look.": ([", %n à revoir.", ", %n à revoir."], [", %n por revisar.", ", %n por revisar."]),
    "Undo failed": ("Échec de l'annulation", "No se pudo deshacer"),
    "New drafts": ("Nouveaux projets", "Nuevos proyectos"),
    "Import cancelled: nothing was saved.": (f"Importation annulée{NBSP}: rien n'a été enregistré.",
                                             "Importación cancelada: no se guardó nada."),
    "%n item(s) need a look.": (["%n élément est à revoir.", "%n éléments sont à revoir."],
                                ["%n elemento necesita revisión.", "%n elementos necesitan revisión."]),
    "No document has a second version yet: import a new draft first.": (
        f"Aucun document n'a encore de deuxième version{NBSP}: importez d'abord un nouveau projet.",
        "Ningún documento tiene aún una segunda versión: importe primero un nuevo proyecto."),
    # -- message boxes, file and input dialogs, jobs -----------------------------------------------------
    "{chosen} of %n delegation(s) chosen": (["{chosen} sur %n délégation choisie", "{chosen} sur %n délégations choisies"],
                                            ["{chosen} de %n delegación elegida", "{chosen} de %n delegaciones elegidas"]),
    "Not saved": ("Non enregistré", "No guardado"),
    "{change} was not saved: {error}": (f"{{change}}{NBSP}: non enregistré ({{error}})",
                                        "{change}: no se guardó ({error})"),
    "Delete {record}?": (f"Supprimer {{record}}{NBSP}?", "¿Eliminar {record}?"),
    "You can undo this with Edit → Undo.": ("Vous pouvez l'annuler avec Édition → Annuler.",
                                            "Puede deshacerlo con Edición → Deshacer."),
    "Check a pack file": ("Vérifier un fichier de dossier", "Comprobar un archivo de dosier"),
    "Cannot read {file}: {error}": (f"Impossible de lire {{file}}{NBSP}: {{error}}", "No se puede leer {file}: {error}"),
    "Partner key files (*{suffix});;All files (*)": ("Fichiers de clé de partenaire (*{suffix});;Tous les fichiers (*)",
                                                     "Archivos de clave de socio (*{suffix});;Todos los archivos (*)"),
    "Add a partner's key file": ("Ajouter le fichier de clé d'un partenaire", "Añadir el archivo de clave de un socio"),
    "Save our key file": ("Enregistrer notre fichier de clé", "Guardar nuestro archivo de clave"),
    "Trust a fingerprint": ("Faire confiance à une empreinte", "Confiar en una huella"),
    "Partner organization:": (f"Organisation partenaire{NBSP}:", "Organización socia:"),
    "Fingerprint they read out to you (e.g. {example}):": (
        f"Empreinte qu'ils vous ont lue (par ex. {{example}}){NBSP}:", "Huella que le leyeron (p. ej. {example}):"),
    "{title} failed: {error}": (f"{{title}}{NBSP}: échec ({{error}})", "{title}: error ({error})"),
    "Internal error": ("Erreur interne", "Error interno"),
    "Open or create a workspace first.": ("Ouvrez ou créez d'abord un espace de travail.",
                                          "Abra o cree primero un espacio de trabajo."),
    "Briefing Desk workspaces ({patterns});;All files (*)": (
        "Espaces de travail Briefing Desk ({patterns});;Tous les fichiers (*)",
        "Espacios de trabajo de Briefing Desk ({patterns});;Todos los archivos (*)"),
    "Open workspace": ("Ouvrir un espace de travail", "Abrir un espacio de trabajo"),
    "PDF files (*.pdf);;All files (*)": ("Fichiers PDF (*.pdf);;Tous les fichiers (*)",
                                         "Archivos PDF (*.pdf);;Todos los archivos (*)"),
    "Export packs": ("Exporter des dossiers", "Exportar dosieres"),
    "Building %n pack(s)…": (["Création de %n dossier…", "Création de %n dossiers…"],
                             ["Creando %n dosier…", "Creando %n dosieres…"]),
    "Packs already written are in the export log.": ("Les dossiers déjà écrits figurent dans le journal des exportations.",
                                                     "Los dosieres ya escritos figuran en el registro de exportaciones."),
    "Pack export cancelled; packs already written are in the export log.": (
        f"Exportation annulée{NBSP}; les dossiers déjà écrits figurent dans le journal des exportations.",
        "Exportación cancelada; los dosieres ya escritos figuran en el registro de exportaciones."),
    "Export log": ("Journal des exportations", "Registro de exportaciones"),
    "Save as PDF": ("Enregistrer en PDF", "Guardar como PDF"),
    "Keep the passphrase safe: without it nobody, you included, can open this workspace or its backups.": (
        "Conservez la phrase secrète en lieu sûr : sans elle, personne, vous compris, ne peut ouvrir cet espace de "
        "travail ni ses sauvegardes.".replace(" :", f"{NBSP}:"),
        "Guarde la frase de contraseña en un lugar seguro: sin ella nadie, ni usted, puede abrir este espacio de "
        "trabajo ni sus copias de seguridad."),
    "Not in this version.": ("Absente de cette version.", "No figura en esta versión."),
}
