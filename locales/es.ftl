# Los mensajes de leadgap en español. Registro: tuteo, directo y profesional.

## Recuentos

files-count = { $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
}

## Errores

error-no-input = { $path }: no existe el archivo o el directorio
error-store = no se puede escribir el almacén en `{ $path }`: { $reason }
error-interrupted = interrumpido
io-not-found = no existe el archivo o el directorio
io-permission-denied = permiso denegado
io-already-exists = ya existe
io-is-a-directory = es un directorio
io-not-a-directory = no es un directorio
io-storage-full = no queda espacio en el dispositivo
io-read-only = el sistema de archivos es de solo lectura
io-invalid-data = el contenido no es válido

## Pantallas: el cuestionario (ask-), la elección de partes (choose-), checkin, template, forget

ask-not-a-terminal = `leadgap assess` hace sus preguntas en una terminal, pero stdin o stderr no lo es. Para responder sin terminal, crea un archivo de respuestas en blanco con `leadgap template > answers.toml`, rellénalo y ejecuta `leadgap score answers.toml`
ask-resume-hint = Tus respuestas hasta ahora están guardadas; ejecuta { $command } para continuar.
ask-interrupted = Interrumpido. { $hint }
ask-rescued = No se pudo escribir en el almacén; tus respuestas están en { $path }.
ask-rescue-failed = No se pudo escribir en el almacén ni en ningún otro archivo.
ask-rescued-score = No se pudo escribir en el almacén; tus respuestas están en { $path }. Puntúalas más tarde con { $command }.
ask-rescue-nowhere = no se pudo escribir ni en el almacén ni en otro archivo
ask-unfinished-unreadable = no se puede leer la evaluación sin terminar en { $path } ({ $reason }); se empieza una nueva
ask-in-progress = Tienes una evaluación en curso, empezada el { $date }: { $answered } de { $total } afirmaciones respondidas.
ask-resume = ¿Quieres continuarla?
ask-discard = { $count ->
    [one] ¿Empezar de nuevo y descartar esa respuesta?
   *[other] ¿Empezar de nuevo y descartar esas { $count } respuestas?
}
ask-nothing-changed = No ha cambiado nada: tus respuestas siguen guardadas. Ejecuta { $command } cuando quieras continuar.
ask-saved = Guardado: { $answered } de { $total } afirmaciones respondidas. Ejecuta { $command } para seguir donde lo dejaste.
ask-saved-skipped = Guardado: { $answered } de { $total } afirmaciones respondidas y { $skipped } omitidas. Ejecuta { $command } para seguir donde lo dejaste.
ask-intro-title = leadgap: en qué punto estás en el camino a director/a o VP
ask-intro-private = Tus respuestas se guardan en { $path } y nunca salen de este equipo.
ask-intro-size = { $count } afirmaciones, en { $parts ->
    [one] una parte
   *[other] { $parts } partes
}: { $titles }. { $minutes ->
    [one] Alrededor de un minuto.
   *[other] Unos { $minutes } minutos.
}
ask-intro-how = Responde según cómo son las cosas hoy, no como te gustaría que fueran. Omite lo que no puedas valorar; puedes volver atrás en cualquier momento, o guardar y salir para terminar más tarde.
ask-subject = ¿A quién describen estas respuestas?
ask-subject-default = Yo
ask-rater = ¿Quién responde?
ask-rater-self = self: respondo sobre mí
ask-rater-manager = manager: soy responsable de esta persona
ask-rater-peer = peer: trabajo junto a esta persona
ask-rater-report = report: esta persona es mi responsable
ask-rater-coach = coach: soy coach de esta persona
ask-store-warning = leadgap: aviso: { $reason }
ask-carrying-on = Seguimos: tus respuestas se quedan en memoria y se escriben en un archivo al final.
ask-question-vanished = la pregunta `{ $id }` ha desaparecido de las rúbricas cargadas
ask-how-far = ¿Hasta qué punto estás de acuerdo?
ask-skip = Omitir esta
ask-back = Volver a la pregunta anterior
ask-save-and-quit = Guardar y salir (continuar más tarde)
ask-keys-digits = { $min }–{ $max } responder · ↑↓ e Intro elegir · s omitir · b atrás · q guardar y salir
ask-keys = ↑↓ e Intro elegir · s omitir · b atrás · q guardar y salir
ask-yes = sí
ask-no = no
ask-comments-intro = Por último, con tus propias palabras (opcional: pulsa Intro para omitir cualquiera).
ask-comment-start-self = Empezar: ¿qué deberías empezar a hacer?
ask-comment-stop-self = Dejar: ¿qué deberías dejar de hacer?
ask-comment-continue-self = Seguir: ¿qué deberías seguir haciendo?
ask-comment-start-other = Empezar: ¿qué debería empezar a hacer { $name }?
ask-comment-stop-other = Dejar: ¿qué debería dejar de hacer { $name }?
ask-comment-continue-other = Seguir: ¿qué debería seguir haciendo { $name }?
ask-they = esta persona
ask-label-saved = evaluación { $id }
ask-label-not-saved = sin guardar
ask-answers-written = Respuestas escritas en { $path }.
ask-saved-as = Guardada como { $id } en { $path }. Vuelve a ver el plan con { $plan }; dentro de tres meses, ejecuta de nuevo { $assess } y { $compare } te mostrará qué ha cambiado.
ask-answers-safe = tus respuestas están a salvo en { $path }; cuando se pueda escribir en el almacén, guárdalas con { $command }
ask-answers-still-unfinished = tus respuestas siguen en la evaluación sin terminar del almacén; ejecuta de nuevo { $command } cuando se pueda escribir en él
choose-screener-offer = Además del par básico ({ $core }), leadgap tiene { $parts } partes más. { $count } afirmaciones rápidas pueden mostrar cuáles encajan contigo.
choose-screener-ask = ¿Quieres responderlas primero?
choose-screener-place = Preguntas previas [{ $place }/{ $total }]
choose-skip = Omitir
choose-keys = 1–5 responder · ↑↓ e Intro elegir · s omitir
choose-part = { $title } ({ $count ->
    [one] { $count } afirmación
   *[other] { $count } afirmaciones
})
choose-fits = encaja con tus respuestas
choose-which = ¿Qué vas a responder? (espacio para elegir, Intro para terminar)
choose-at-least-one = Elige al menos una parte.
checkin-not-a-terminal = `leadgap checkin` pregunta en una terminal, pero stdin o stderr no lo es. Sin terminal, cambia el plan con `leadgap plan start|done|drop|undo ACTION [--note TEXT] [--on YYYY-MM-DD]` y `leadgap plan note ACTION TEXT`; `leadgap plan` muestra las acciones y sus ids
checkin-resume-hint = Lo que registraste antes se conserva; { $command } lo muestra.
checkin-nothing-open = No hay nada abierto en el plan: todas las acciones están hechas o descartadas.
checkin-nothing-open-hint = Añade una propia con `leadgap plan add`, o vuelve a responder con `leadgap assess`.
checkin-title = Seguimiento de leadgap: { $count ->
    [one] { $count } acción abierta
   *[other] { $count } acciones abiertas
} del plan del { $date }.
checkin-how = Para cada una: hecha, empezada, todavía no o descartada, y luego una nota si quieres.
checkin-done-when = Hecha cuando: { $text }
checkin-now = Ahora: { $status }; vence el { $due }
checkin-now-overdue = Ahora: { $status }; vencía el { $due }, con retraso
checkin-done = Hecha
checkin-started = Empezada
checkin-in-progress = Sigue en curso
checkin-not-yet = Todavía no
checkin-drop = Descartarla (no se volverá a proponer en 180 días)
checkin-where = ¿En qué punto está?
checkin-note = Una nota: qué se hizo, la evidencia (Intro para ninguna)
checkin-nothing-changed = No ha cambiado nada. Vuelve a hacer el seguimiento cuando algo haya avanzado.
checkin-recorded = Registrado. `leadgap plan --format ics` pone las fechas de vencimiento en tu calendario.
template-title = archivo de respuestas de leadgap
template-how =
    Sustituye cada "skip" por tu respuesta y ejecuta: leadgap score ARCHIVO
    Deja "skip" donde no puedas responder; para puntuar una dimensión hace falta
    que al menos la mitad de sus preguntas tengan respuesta.
template-scale = Escala: { $legend }
template-your-name = Tu nombre
template-raters = self, manager, peer, report o coach
template-date = opcional: el día en que respondiste
template-about =
    Cada afirmación trata sobre { $name }, según lo que has visto de su trabajo; se
    omiten las afirmaciones que tu rol ({ $rater }) no puede valorar.
template-about-unnamed =
    Cada afirmación trata sobre la persona, según lo que has visto de su trabajo; se
    omiten las afirmaciones que tu rol ({ $rater }) no puede valorar.
template-the-person = La persona
forget-what = indica qué olvidar: el ID de una evaluación (consulta `leadgap history`), --client NOMBRE para los datos de un cliente, o --all para todo
forget-nothing = No hay nada que olvidar: no existen esos datos.
forget-assessment = la evaluación { $id }
forget-client = todo lo guardado del cliente `{ $client }` ({ $files })
forget-everything = todo lo que leadgap guarda en { $path } ({ $files }; tus propias rúbricas se conservan)
forget-will-delete = leadgap forget borrará { $files }:
forget-not-asking = no se borra { $what } sin preguntar; ejecútalo en una terminal o añade --yes
forget-confirm = ¿Borrar { $what }? No se puede deshacer.
forget-nothing-deleted = No se ha borrado nada.
forget-removed = borrado { $path }
forget-done = Se ha olvidado { $what }.
