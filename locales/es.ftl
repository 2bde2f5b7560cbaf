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

## Informe, Markdown, gráficos y formulario para evaluadores (report-, md-, chart-, form-)
# Estos mensajes van tal cual a HTML y Markdown: sin <, >, & ni |.

report-title = Informe de preparación para el liderazgo
report-page-title = Informe de preparación para el liderazgo: { $name }
report-unnamed = Sin nombre
report-self-title = { $name }, autoevaluación del { $date }
report-rated-title = { $role ->
    [manager] { $name }, evaluación de su responsable del { $date }
    [peer] { $name }, evaluación de un colega del { $date }
    [report] { $name }, evaluación de una persona a su cargo del { $date }
   *[coach] { $name }, evaluación de su coach del { $date }
}
report-label = { $label }:
report-summary = Resumen
report-readiness = Preparación
report-readiness-means = cuánto se acercan los rasgos a sus objetivos
report-barrier-load = Carga de barreras
report-barrier-load-means = con cuánta fuerza frenan las barreras
report-largest-gaps = Mayores brechas
report-active-barriers = Barreras activas
report-none = ninguna
report-traits = Rasgos
report-barriers = Barreras
report-trait = Rasgo
report-barrier = Barrera
report-level = Nivel
report-severity = Intensidad
report-target = Objetivo
report-threshold = Umbral
report-chart-target = Gráfico (┃ = objetivo)
report-chart-threshold = Gráfico (┃ = umbral)
report-note-gap = brecha
report-note-active = activa
report-too-few-answers = pocas respuestas
report-plan = Plan
report-no-action = Ninguna brecha ni barrera activa requiere una acción.
report-within-days = En un plazo de { $days } días
report-done-when = Hecha cuando:
report-since = Desde el { $date }
report-how = Cómo se obtienen estas cifras
report-method = Cada afirmación se responde en la escala de la rúbrica; las afirmaciones de sentido inverso se invierten antes. El nivel de una dimensión es la media de sus respuestas, situada en el 0–100% de la escala, y solo se puntúa si se ha respondido al menos la mitad de sus afirmaciones. La brecha de un rasgo es cuánto se queda su media por debajo del objetivo; una barrera está activa cuando su nivel alcanza el umbral. Cada acción está pensada sobre todo para una dimensión: su puntuación suma la brecha ponderada (o la barrera activa) de esa dimensión completa y la mitad de la de cada una de las demás a las que contribuye, y el plan elige primero la mejor acción para cada una de las dimensiones más urgentes. Los pesos, los objetivos y los umbrales reflejan el criterio de quien redactó la rúbrica, y con tres a cinco afirmaciones por dimensión cada nivel es una medida aproximada: estos resultados sirven para el desarrollo de la propia persona, no para seleccionar ni clasificar a nadie.
report-rubrics = Rúbricas: { $list }.
report-dimension = Dimensión
report-then = Antes
report-now = Ahora
report-change = Cambio
report-barriers-off = Barreras que ya no están activas: { $names }
report-barriers-on = Barreras que ahora están activas: { $names }
report-no-switch = Ninguna barrera se ha activado ni desactivado.
report-left-plan = Salen del plan: { $actions }
report-new-in-plan = Nuevas en el plan: { $actions }
report-done = Hecha: { $action }
report-360 = Visión 360
report-360-of = Visión 360: { $name }
report-rated-by = Evaluaciones: { $raters }.
report-self = Autoevaluación
report-others = Otros
report-as-barrier = { $name } (barrera)
md-gap = Brecha
md-status = Estado
md-met = alcanzado
md-below = por debajo
md-no-action-yet = Por ahora no hace falta ninguna acción.
md-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
md-score = puntuación { $score }
md-plan-of = Plan: { $who }
md-assessment = evaluación { $id }
md-what-moved = Qué ha cambiado: { $before } → { $after }
md-in-days = { $action } ({ $days ->
    [one] { $days } día
   *[other] { $days } días
})
chart-traits-title = Nivel de los rasgos frente a sus objetivos
chart-barriers-title = Intensidad de las barreras
chart-short-of-target = por debajo del objetivo
chart-target-met = objetivo alcanzado
chart-target = objetivo
chart-threshold = umbral
chart-below-threshold = por debajo del umbral
form-title-self = Tu autoevaluación de liderazgo ({ $name })
form-title-others = Tu opinión sobre { $name }
form-answered = Respondidas: { $answered } de { $total }
form-intro-self = { $count ->
    [one] Una afirmación
   *[other] { $count } afirmaciones
} sobre cómo trabajas; te llevará unos { $minutes } minutos. Responde pensando en los últimos meses, tal como fueron, no como te gustaría que fueran.
form-intro-others = { $count ->
    [one] Una afirmación
   *[other] { $count } afirmaciones
} sobre cómo trabaja { $name }, según lo que has visto como { $role ->
    [manager] su responsable
    [peer] colega
    [report] persona a su cargo
    [coach] su coach
   *[self] tú
}; te llevará unos { $minutes } minutos. Responde según lo que has visto; elige { $cant_say } cuando no hayas visto lo suficiente.
form-no-name = Esta página no te pide el nombre. { $anonymity }
form-anonymity-group = Las respuestas y los comentarios de tu rol solo se muestran como un grupo de tres o más personas; si hay menos, se suman a los de otros o se omiten, de modo que ninguna respuesta pueda atribuirse a ti. Los comentarios se muestran tal como se escriben: deja fuera lo que pueda delatarte.
form-anonymity-known = Como eres una sola persona y se sabe quién eres, tus respuestas y comentarios se muestran como la opinión de tu rol.
form-keys = Con el teclado: Tab pasa de una afirmación a otra, las flechas de una respuesta a otra, un dígito responde la afirmación en la que estás y pasa a la siguiente, y { $key } equivale a { $cant_say }.
form-keep = Nada de lo que escribas sale de esta página salvo que envíes el archivo. Para que puedas parar y volver más tarde, tus respuestas se conservan en este navegador, en este dispositivo, hasta que guardes el archivo; al guardarlo, se borran.
form-cant-say = No puedo opinar
form-note = Una nota sobre «{ $dimension }» (opcional)
form-own-words = Con tus propias palabras
form-own-words-hint = Todo es opcional. Aporta detalles concretos: qué has visto y qué diferencia supondría.
form-start-self = Empezar: ¿qué deberías empezar a hacer?
form-stop-self = Dejar: ¿qué deberías dejar de hacer?
form-continue-self = Seguir: ¿qué deberías seguir haciendo?
form-start = Empezar: ¿qué debería empezar a hacer { $name }?
form-stop = Dejar: ¿qué debería dejar de hacer { $name }?
form-continue = Seguir: ¿qué debería seguir haciendo { $name }?
form-save = Guardar el archivo de respuestas
form-saved = Guardado
form-send-back = Envía ese archivo a quien te lo pidió. Si no ha aparecido ningún archivo (algunos programas de correo y algunos teléfonos bloquean las descargas), copia el texto de abajo en un correo o en un archivo de texto.
form-copy-label = El archivo de respuestas, para copiarlo
form-saved-as = Tus respuestas se han guardado como { $file }.
form-saved-as-left = { $count ->
    [one] Tus respuestas se han guardado como { $file } ({ $left } afirmación sin respuesta, guardada como «No puedo opinar»).
   *[other] Tus respuestas se han guardado como { $file } ({ $left } afirmaciones sin respuesta, guardadas como «No puedo opinar»).
}
form-mail-title = Tu opinión sobre { $name }: qué hacer
form-mail-ask = { $name } está trabajando en su forma de liderar y le gustaría conocer tu opinión. Solo necesitas una página en el navegador: sin crear cuentas ni instalar ningún programa.
form-mail-open = Abre la página de tu rol (adjunta) en cualquier navegador actual, desde una computadora o un teléfono. Funciona sin conexión y no envía nada a ninguna parte.
form-mail-answer = Responde a cada afirmación según lo que has visto; elige «No puedo opinar» cuando no hayas visto lo suficiente. Los comentarios son opcionales, y se agradecen.
form-mail-save = Pulsa «Guardar el archivo de respuestas» y envíame el archivo que se guarda. Si no aparece ningún archivo, copia en tu respuesta el texto que muestra la página.
form-mail-which = Qué página abrir y cuánto se tarda:
form-mail-who = { $role ->
    [self] { $name }, para su autoevaluación
    [manager] responsable de { $name }
    [peer] colegas de { $name }
    [report] personas a cargo de { $name }
   *[coach] coach de { $name }
}
form-mail-page = { $file }: { $who }; { $count } afirmaciones, unos { $minutes } minutos
form-mail-who-sees = Quién ve qué: la página nunca pide tu nombre. Las respuestas de colegas y de personas a su cargo solo se muestran como un grupo de tres o más personas; si hay menos, se suman a las respuestas de otros o se omiten cuando hay muy pocas personas detrás. Las respuestas de quien evalúa como responsable o como coach se muestran por rol, ya que cada una es una persona conocida. Los comentarios se muestran del mismo modo, tal como se escribieron.
form-mail-by = Envíame tu archivo a más tardar el: ____________
form-error-subject = --subject debe indicar el nombre de la persona en texto sin formato, por ejemplo --subject "Ana García"
form-wrote-kit = se han escrito { $count } páginas y { $mail } en { $dir }: envía a cada persona la página de su rol, con el texto de { $mail } en el correo
form-wrote = se ha escrito { $path } ({ $count } afirmaciones para { $role ->
    [manager] su responsable
    [peer] un colega
    [report] una persona a su cargo
    [coach] su coach
   *[self] la propia persona
})
## Lectura de archivos: respuestas, tablas de respuestas, rúbricas

input-is-directory = es un directorio
input-not-regular = no es un archivo normal (¿una tubería o un dispositivo?)
input-regular-only = { $what }; leadgap solo lee archivos normales
input-too-large = el archivo ocupa más de { $kib } KiB; leadgap no acepta archivos tan grandes
input-not-utf8 = el archivo no está en UTF-8 válido (byte incorrecto en la posición { $offset }); guárdalo como UTF-8
input-row-too-long = una fila ocupa más de { $kib } KiB; leadgap no acepta filas tan largas
files-is-symlink = es un enlace simbólico
files-not-regular = no es un archivo normal
files-regular-only = { $what }; leadgap solo escribe sobre un archivo normal o con un nombre nuevo
files-no-such-directory = ese directorio no existe
files-cannot-write-in = no se puede escribir en { $dir }: { $why }
answers-empty-file = el archivo está vacío; un archivo de respuestas necesita una tabla [answers] (`leadgap template` crea una)
answers-date-is-time = `date` { $value } es una hora del día; indica el día en que respondiste, por ejemplo 2026-11-22
answers-rubrics-empty = `rubrics` está vacío; indica al menos el id de una rúbrica u omite la clave
answers-rubric-twice = la rúbrica `{ $id }` aparece dos veces en `rubrics`; indica cada id una sola vez
answers-rubric-not-loaded = la rúbrica `{ $id }` no está cargada (consulta `leadgap rubric list`; añádela con --rubrics DIR)
answers-missing-table = falta la tabla [answers]; pon cada respuesta dentro de ella como `question-id = 1..5` (consulta `leadgap template`)
answers-question-other-rubric = ; pertenece a la rúbrica `{ $rubric }`, que no figura en `rubrics` de este archivo
answers-did-you-mean = ; ¿querías decir `{ $near }`?
answers-question-unknown = la pregunta `{ $id }` no está en las rúbricas de este archivo{ $hint }
answers-outside-scale = pregunta `{ $id }`: { $value } está fuera de la escala { $min }..{ $max }
answers-not-whole = { $value } no es un número entero
answers-not-number = { $value } no es un número
answers-array-not-number = una lista no es un número
answers-table-not-number = una tabla no es un número
answers-kind-not-number = un valor de tipo { $kind } no es un número
answers-bad-value = pregunta `{ $id }`: { $what }; responde con un número entero del { $min } al { $max }, o "skip"
answers-comment-not-text = comentario `{ $topic }`: un valor de tipo { $kind } no es texto; escríbelo entre comillas
answers-rater-unknown = el evaluador `{ $rater }` no es ninguno de self, manager, peer, report, coach
answers-comment-topic-unknown = el comentario `{ $topic }` no es start, stop ni continue, ni el id de una dimensión de las rúbricas de este archivo
answers-comment-too-long = el comentario `{ $topic }` tiene { $count } caracteres; no pases de { $max }
answers-cannot-read = no se puede leer: { $reason }
answers-cannot-read-header = no se puede leer la fila de encabezado: { $reason }
answers-table-empty = el archivo está vacío; la primera fila debe dar nombre a las columnas
answers-column-twice = la columna `{ $column }` aparece dos veces (columnas { $first } y { $second }); da a cada pregunta o campo una sola columna
answers-row-length = la fila tiene { $len } campos y el encabezado { $expected }
answers-no-sheet = el libro no tiene ninguna hoja
answers-not-xlsx = no es un libro de Excel (.xlsx) legible: { $reason }
answers-sheet-empty = la primera hoja está vacía; su primera fila debe dar nombre a las columnas
answers-date-out-of-range = la fecha { $value } está fuera de rango
answers-cell-error = la celda contiene un error ({ $error }), no una respuesta
answers-column-unknown = la columna `{ $column }` no es el id de una pregunta de las rúbricas cargadas (ni el texto de una pregunta, ni algo que termine en [question-id]) ni uno de { $fields }, start, stop, continue, `comment: DIMENSION-ID`; para omitirla, añade { $flag }
answers-column-question = la pregunta `{ $id }`
answers-column-comment = el comentario `{ $topic }`
answers-columns-same = las columnas { $first } y { $second } son ambas { $what }; da a cada pregunta o campo una sola columna
answers-bad-date = la fecha `{ $value }` no es una fecha como 2026-11-22
finding-blind-spot = punto ciego
finding-hidden-strength = fortaleza oculta
rubric-not-loaded = la rúbrica `{ $id }` no está cargada; `leadgap rubric list` muestra las cargadas
rubric-empty-file = el archivo está vacío; una rúbrica necesita `id`, `title`, `version`, `kind` y al menos un [[dimension]]
rubric-unknown-field-hint = {" "}(los campos se comprueban: revisa cómo están escritos)

## Comprobación de una rúbrica

check-what = { $what ->
    [rubric] de la rúbrica
    [dimension] de la dimensión
    [question] de la pregunta
   *[action] de la acción
}
check-bad-id = el id { check-what } `{ $id }` debe cumplir [a-z0-9][a-z0-9-]*: minúsculas, dígitos y guiones
check-id-empty = el id { check-what } no puede estar vacío
check-id-taken = el id { check-what } `{ $id }` ya se usa en { $first }; los ids deben ser únicos entre todas las rúbricas cargadas
check-field-empty = `{ $field }` no puede estar vacío
check-scale-order = el mínimo de la escala ({ $min }) debe ser menor que el máximo ({ $max })
check-scale-bounds = los límites de la escala deben estar dentro de -{ $limit }..={ $limit }
check-scale-labels = la escala { $min }..{ $max } necesita exactamente { $want } etiquetas, una por punto, pero tiene { $count }
check-no-dimension = la rúbrica `{ $id }` no tiene ningún [[dimension]]; añade al menos uno
check-action-field-empty = acción `{ $id }`: `{ $field }` no puede estar vacío
check-horizon = acción `{ $id }`: el horizonte { $horizon } debe ser 30, 60 o 90 (días)
check-addresses-empty = acción `{ $id }`: `addresses` debe indicar al menos el id de una dimensión
check-owner-action = acción `{ $id }`
check-owner-dimension = dimensión `{ $id }`
check-owner-question = pregunta `{ $id }`
check-name-empty = dimensión `{ $id }`: `name` no puede estar vacío
check-weight-positive = dimensión `{ $id }`: el peso { $weight } debe ser un número mayor que 0
check-weight-range = dimensión `{ $id }`: el peso { $weight } está fuera de rango; los pesos son relativos, mantenlos entre { $min } y { $max }
check-threshold-in-traits = dimensión `{ $id }`: `threshold` es para barreras; una rúbrica de rasgos usa `target`
check-target-range = dimensión `{ $id }`: el objetivo { $target } debe estar por encima del mínimo de la escala ({ $min }) y no pasar del máximo ({ $max })
check-default-target = dimensión `{ $id }`: el objetivo por defecto { $target } está fuera de la escala { $min }..{ $max }; indica `target`
check-target-in-barriers = dimensión `{ $id }`: `target` es para rasgos; una rúbrica de barreras usa `threshold`
check-threshold-range = dimensión `{ $id }`: el umbral { $threshold } debe ser mayor que 0 y como máximo 1
check-no-questions = la dimensión `{ $id }` no tiene preguntas; añade al menos un [[dimension.question]]
check-question-id-empty = dimensión `{ $id }`: el id de la pregunta no puede estar vacío
check-text-empty = pregunta `{ $id }`: `text` no puede estar vacío
check-text-others-empty = pregunta `{ $id }`: `text_others` no puede estar vacío; si no lo necesitas, omítelo
check-observers-empty = { $owner }: `observers` debe indicar al menos uno de self, manager, peer, report, coach
check-observer = { $owner }: observador: { $reason }
check-listed-twice = { $owner }: `{ $id }` aparece dos veces en `{ $field }`; indica cada id una sola vez
check-related-unknown = dimensión `{ $id }`: el id relacionado `{ $related }` no es una dimensión de ninguna rúbrica cargada
check-addresses-unknown = acción `{ $id }`: se dirige a `{ $dimension }`, que no es una dimensión de ninguna rúbrica cargada

## Default scale

scale-strongly-disagree = Totalmente en desacuerdo
scale-disagree = En desacuerdo
scale-neither = Ni de acuerdo ni en desacuerdo
scale-agree = De acuerdo
scale-strongly-agree = Totalmente de acuerdo
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
ask-intro-private = Tus respuestas nunca salen de este dispositivo: se guardan en { $path }.
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
ask-skip = Omitir esta afirmación
ask-back = Volver a la afirmación anterior
ask-save-and-quit = Guardar y salir (continuar más tarde)
ask-keys-digits = { $min }–{ $max } responder · ↑↓ y Enter elegir · s omitir · b atrás · q guardar y salir
ask-keys = ↑↓ y Enter elegir · s omitir · b atrás · q guardar y salir
ask-yes = sí
ask-no = no
ask-comments-intro = Por último, con tus propias palabras (opcional: pulsa Enter para omitir cualquiera).
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
choose-screener-offer = Además de las dos partes básicas ({ $core }), leadgap tiene { $parts } partes más. { $count } afirmaciones rápidas pueden mostrar cuáles encajan contigo.
choose-screener-ask = ¿Quieres responderlas primero?
choose-screener-place = Preguntas previas [{ $place }/{ $total }]
choose-skip = Omitir
choose-keys = 1–5 responder · ↑↓ y Enter elegir · s omitir
choose-part = { $title } ({ $count ->
    [one] { $count } afirmación
   *[other] { $count } afirmaciones
})
choose-fits = encaja con tus respuestas
choose-which = ¿Qué vas a responder? (espacio para elegir, Enter para terminar)
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
checkin-now-overdue = Ahora: { $status }; vencía el { $due }, ya vencida
checkin-done = Hecha
checkin-started = Empezada
checkin-in-progress = Sigue en curso
checkin-not-yet = Todavía no
checkin-drop = Descartarla (no se volverá a proponer en 180 días)
checkin-where = ¿En qué punto está?
checkin-note = Una nota: qué se hizo, la evidencia (Enter para ninguna)
checkin-nothing-changed = No ha cambiado nada. Vuelve a hacer el seguimiento cuando algo haya avanzado.
checkin-recorded = Registrado. `leadgap plan --format ics` pone las fechas de vencimiento en tu calendario.
template-title = archivo de respuestas de leadgap
template-how =
    Sustituye cada "skip" por tu respuesta y ejecuta: leadgap score FILE
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
forget-what = indica qué olvidar: el ID de una evaluación (consulta `leadgap history`), --client NAME para los datos de un cliente, o --all para todo
forget-nothing = No hay nada que olvidar: no existen esos datos.
forget-assessment = la evaluación { $id }
forget-client = todo lo guardado del cliente `{ $client }` ({ $files })
forget-everything = todo lo que leadgap guarda en { $path } ({ $files }; tus propias rúbricas se conservan)
forget-will-delete = leadgap forget borrará { $files }:
forget-not-asking = no se borra { $what } sin preguntar; ejecútalo en una terminal o añade --yes
forget-confirm = ¿Borrar { $what }? No se puede deshacer.
forget-nothing-deleted = No se ha borrado nada.
forget-removed = se ha borrado { $path }
forget-done = Se ha borrado { $what }.
## Tablas, plan y mensajes de los comandos

table-na = n/d
table-none = ninguna
table-unnamed = Sin nombre
table-list-comma = {", "}
table-list-and = { $rest } y { $last }
table-meta-comma = {", "}
table-who = { $subject } ({ $meta })
table-rater-self = uno mismo
table-rater-manager = responsable
table-rater-peer = colega
table-rater-report = persona a cargo
table-rater-coach = coach
table-kind-traits = rasgos
table-kind-barriers = barreras
table-kind-trait = rasgo
table-kind-barrier = barrera
table-group-self = Autoevaluación
table-group-managers = { $count ->
    [one] Responsable
   *[other] Responsables ({ $count })
}
table-group-coaches = { $count ->
    [one] Coach
   *[other] Coaches ({ $count })
}
table-group-peers = Colegas ({ $count })
table-group-reports = Personas a cargo ({ $count })
table-raters-self = autoevaluación
table-raters-selves = { $count } autoevaluaciones
table-raters-managers = { $count ->
    [one] { $count } responsable
   *[other] { $count } responsables
}
table-raters-peers = { $count ->
    [one] { $count } colega
   *[other] { $count } colegas
}
table-raters-reports = { $count ->
    [one] { $count } persona a cargo
   *[other] { $count } personas a cargo
}
table-raters-coaches = { $count ->
    [one] { $count } coach
   *[other] { $count } coaches
}
table-raters-none = nadie
table-raters-withheld = ; no se muestra la visión de los demás: con menos de { $min } evaluadores además de la persona, podría saberse quién dio cada respuesta
table-raters-folded = ; solo cuentan en «Otros» ({ $groups }), para que ninguna respuesta pueda atribuirse a una persona
table-findings-no-comparison = Sin comparación
table-findings-withheld = la visión de los demás no se muestra, porque hay muy pocos evaluadores detrás.
table-findings-no-self = no hay autoevaluación.
table-findings-no-others = nadie más ha evaluado a esta persona.
table-findings-delta = autoevaluación menos la visión de los demás, en puntos de la escala; en una barrera, un Δ negativo significa que los demás la ven con más fuerza.
table-findings-blind-spots = Puntos ciegos
table-findings-blind-spots-text = la autoevaluación es al menos { $gap } puntos mejor que la visión de los demás: { $list }.
table-findings-hidden-strengths = Fortalezas ocultas
table-findings-hidden-strengths-text = la visión de los demás es al menos { $gap } puntos mejor que la autoevaluación: { $list }.
table-finding = { $label }: { $text }
table-better = mejor
table-worse = peor
table-same = igual
table-too-few = pocas: { $answered } de { $questions }
table-result-note = Niveles, objetivos, umbrales y brechas están en % de la escala de respuesta. Estos resultados son para tu propio desarrollo, no para seleccionar ni clasificar a personas.
table-headline = Preparación { $readiness }  ·  Carga de barreras { $barrier_load }
table-rubric-readiness = preparación { $value }
table-rubric-barrier-load = carga de barreras { $value }
table-head-trait = Rasgo
table-head-level = Nivel
table-head-target = Objetivo
table-head-gap = Brecha
table-head-barrier = Barrera
table-head-severity = Intensidad
table-head-threshold = Umbral
table-head-status = Estado
table-met = alcanzado
table-active = activa
table-below = por debajo
table-no-plan = Sin plan
table-no-plan-line = { $label }: { $why }.
table-no-plan-too-few = ninguna dimensión tiene aún respuestas suficientes para puntuarla
table-no-plan-nothing = ninguna brecha ni barrera activa lo requiere
table-head-when = Plazo
table-head-action = Acción
table-head-score = Puntuación
table-done-when = Hecha cuando:
table-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
table-head-id = Id
table-head-date = Fecha
table-head-subject = Persona
table-head-rater = Evaluador
table-head-readiness = Preparación
table-head-barrier-load = Carga de barreras
table-assessment = evaluación { $id }
table-compared = Comparación:
table-head-dimension = Dimensión
table-head-kind = Tipo
table-head-then = Antes
table-head-now = Ahora
table-head-change = Cambio
table-barriers-off = Barreras que ya no están activas:
table-barriers-on = Barreras que ahora están activas:
table-barriers-same = Ninguna barrera se ha activado ni desactivado.
table-plan-same = Las acciones principales del plan son las mismas.
table-plan-left = Salen del plan:
table-plan-new = Nuevas en el plan:
table-plan-item = { $text } ({ $days })
table-done-between = Hechas entre ambas:
table-360-title = { $subject }: visión 360
table-head-others = Otros
table-blind-spot = punto ciego
table-hidden-strength = fortaleza oculta
feedback-comments = Comentarios
feedback-comments-manager = Responsable
feedback-comments-peers = Colegas
feedback-comments-reports = Personas a cargo
feedback-comments-coach = Coach
feedback-comments-others = Otros
feedback-comments-withheld = { $count ->
    [one] { $count } comentario no se muestra: hay muy pocos evaluadores detrás.
   *[other] { $count } comentarios no se muestran: hay muy pocos evaluadores detrás.
}
cohort-title = Grupo:
cohort-respondents = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
cohort-median = mediana { $median } (RIC { $q1 }–{ $q3 })
cohort-place = { $value }, percentil { $percentile }
cohort-me = Yo: { $who }; preparación { $readiness }, carga de barreras { $barrier_load }
cohort-head-active = Activa
cohort-head-mean = Media
cohort-head-sd = DE
cohort-head-median = Mediana
cohort-head-iqr = RIC
cohort-head-alpha = Alfa
cohort-head-me = Yo
cohort-head-pct = Pct
cohort-note = Niveles en % de la escala; RIC, del primer al tercer cuartil. Brecha, Activa: proporción de personas con una brecha o con la barrera activa. Alfa: alfa de Cronbach de las preguntas de la dimensión (por pares); por debajo de 0.7 no miden bien una misma cosa.
cohort-note-me = {" "}Yo: la persona indicada con --me; Pct: su percentil dentro del grupo.
cohort-weak-item = { $question } en { $dimension } (r = { $r })
cohort-weak = Preguntas que no encajan con el resto de su dimensión (correlación ítem-total corregida inferior a { $under }): { $list }.
plan-title = Tu plan
plan-top = { $title }: las { $shown } primeras de { $count } acciones, de mayor a menor prioridad
plan-status-todo = pendiente
plan-status-doing = en curso
plan-status-done = hecha
plan-status-dropped = descartada
plan-status-doing-since = en curso desde { $day }
plan-status-done-on = hecha el { $day }
plan-status-dropped-on = descartada el { $day }
plan-origin-own = propia
plan-origin-earlier = plan anterior
plan-summary = Creado el { $made } (evaluación { $assessment }) · vuelve a responder el { $again } · { $done } de { $count } hechas
plan-none-added = ninguna brecha ni barrera activa lo requiere, y no has añadido ninguna acción
plan-due = vence el { $day }
plan-overdue = vencida
plan-note = Nota del { $day }:
plan-hint-steps = Cambia una acción con `leadgap plan start|done|drop|undo ID`, añade una nota con `leadgap plan note ID TEXT` o repásalas todas con `leadgap checkin`.
plan-no-action = Por ahora no hace falta ninguna acción.
plan-md-title = Plan: { $who }
plan-progress = Avance del plan
plan-done-line = { $text } (hecha el { $day })
rubric-show-head-statements = Afirmaciones
rubric-show-head-version = Versión
rubric-show-head-title = Título
rubric-show-from = de { $source }
rubric-show-about = ({ $id }, versión { $version }, { $kind })
rubric-show-scale = Escala: { $labels }
rubric-show-target = objetivo: { $goal } de la escala
rubric-show-threshold = activa desde el { $goal } de la escala
rubric-show-dimension = [{ $id }] peso { $weight }, { $setting }
rubric-show-head-question = Pregunta
rubric-show-head-statement = Afirmación
rubric-show-head-keyed = Sentido
rubric-show-reverse = inverso
rubric-show-actions = Acciones
rubric-show-action = { $id }  ·  { $days }  ·  para { $primary }
rubric-show-also = {" "}(también { $others })
ics-calendar = Plan de leadgap: { $subject }
ics-now = Ahora: { $status }. Márcala con `leadgap plan done { $id }`.
ics-reassess = Vuelve a responder a leadgap
ics-reassess-description = Ejecuta `leadgap assess`; después, `leadgap compare` te muestra qué ha cambiado desde que se hizo el plan.
plan-ics-not-saved = `--format ics` es el calendario del plan actual: ejecuta `leadgap plan --format ics`, sin id de evaluación
plan-record-unreadable = no se puede leer el registro del plan { $path } ({ $reason }); se deja fuera lo que se ha hecho del plan
plan-note-empty = una nota necesita algo de texto
plan-noted = Nota añadida a `{ $action }`
plan-already = `{ $action }` ya estaba { $status }
plan-undone = Se ha deshecho el último cambio de `{ $action }`: ahora está { $status }
plan-now = `{ $action }` queda { $status } con fecha { $day }
plan-said = { $said }.
plan-said-with-note = { $said }, con una nota.
plan-nothing-to-undo = no hay nada que deshacer: `{ $action }` no ha cambiado de estado
plan-unknown-action = no hay ninguna acción `{ $action }` en el plan actual; `leadgap plan` muestra los ids en su columna Id, y `leadgap plan --format json` como `id`
plan-add-empty = una acción necesita un texto y un --done-when que diga qué demuestra que está hecha
plan-add-unknown-dimension = no hay ninguna dimensión `{ $dimension }` en las rúbricas cargadas; `leadgap rubric show ID` muestra las dimensiones de una rúbrica
plan-add-twice = `{ $dimension }` aparece dos veces en --addresses
plan-add-not-an-id = `{ $id }` no es un id: letras minúsculas, cifras y `-`, empezando por una letra o una cifra, como `weekly-skip-level`
plan-add-taken = el id `{ $id }` ya lo usa otra acción; elige otro con --id
plan-added = `{ $id }` añadida a tu plan; vence el { $day }.
saved-damaged = se omite el archivo dañado { $path }: { $reason }
saved-someone = alguien
saved-self-view = la autoevaluación de { $who }
saved-other-view = la evaluación de { $who } desde el rol de { $rater }
saved-none = todavía no hay evaluaciones guardadas; ejecuta { $assess } o { $score }
saved-none-for-client = todavía no hay evaluaciones guardadas del cliente `{ $client }`; ejecuta { $assess } o { $score }
saved-no-such = no hay ninguna evaluación guardada `{ $id }`; { $history } las muestra
saved-compare-one = para comparar hacen falta dos evaluaciones guardadas y solo hay una; vuelve a responder dentro de unos meses con { $assess }
saved-compare-views = se compara { $before } con { $after }: un cambio puede deberse a que la visión es otra, no a un cambio en la persona
saved-report-format = leadgap escribe los informes en HTML o Markdown, no en `.{ $ext }`; ponle al archivo la extensión .html o .md, o indícalo con --format (un informe HTML se imprime como PDF desde el navegador)
saved-report-feedback-not-self = se deja fuera --feedback: el informe no es de una autoevaluación
saved-report-feedback-skipped = { $count ->
    [one] se ha dejado fuera { $count } archivo de feedback: es sobre otra persona o es una autoevaluación
   *[other] se han dejado fuera { $count } archivos de feedback: son sobre otra persona o son autoevaluaciones
}
saved-wrote = se ha escrito { $path }
score-plan-needs-csv = --plan elige las filas de --format csv (una por acción del plan); añade --format csv o quita --plan: los demás formatos ya muestran el plan
score-progress = { $count } archivos puntuados ({ $rate })
score-saved-as = { $file }: guardada como { $id }
score-summary = { $count ->
    [one] { $count } archivo puntuado
   *[other] { $count } archivos puntuados
}, { $failed } con error, en { $seconds } s
score-nothing = nada que puntuar: no hay ningún archivo de respuestas *.toml en las carpetas indicadas ni ninguna fila en los archivos CSV
cohort-items-needs-csv = --items elige las filas de --format csv (una por pregunta); añade --format csv
cohort-none-scored = no se ha podido puntuar ningún archivo de respuestas; no hay grupo que describir
cohort-none-by-raters = ningún archivo de respuestas es de los evaluadores elegidos con --rater; no hay grupo que describir
cohort-too-small = el grupo tiene { $count } personas; los percentiles se muestran a partir de { $min }
feedback-named-twice = { $count ->
    [one] { $count } archivo de respuestas indicado más de una vez; cuenta una sola vez
   *[other] { $count } archivos de respuestas indicados más de una vez; cada uno cuenta una sola vez
}
feedback-nameless = { $count ->
    [one] se deja fuera { $count } archivo de respuestas: no indica `subject`, así que no se puede comparar con la visión de nadie
   *[other] se dejan fuera { $count } archivos de respuestas: no indican `subject`, así que no se pueden comparar con la visión de nadie
}
feedback-nobody = ningún archivo de respuestas trata sobre { $subject }
feedback-none-scored = no se ha podido puntuar ningún archivo de respuestas
rubric-show-unknown-text = { $what } no está en la rúbrica `{ $rubric }`
rubric-show-missing-texts = { $file }: { $count ->
    [one] falta { $count } texto, que se muestra en inglés
   *[other] faltan { $count } textos, que se muestran en inglés
}: { $list }
rubric-show-check-ok = ok: { $file } — rúbrica `{ $rubric }`: { $dimensions } dimensiones, { $questions } preguntas, { $actions } acciones
hint-no-command = no existe el comando `{ $name }`; `leadgap help` los muestra
store-no-home = no se encuentra una carpeta de configuración para leadgap; define LEADGAP_HOME o usa --home DIR
store-warning = leadgap: aviso: { $message }
store-home-not-a-folder = no es una carpeta; define LEADGAP_HOME (o --home) como una carpeta
store-client-name = el nombre de cliente `{ $name }` no tiene letras ni cifras; usa un nombre como `jane-doe`
store-symlink = es un enlace simbólico; leadgap no sigue enlaces dentro de su almacén
store-symlink-not-followed = un enlace simbólico, que no se sigue fuera del almacén
store-not-a-file = no es un archivo normal
store-not-regular = no es un archivo normal
store-privacy-symlink = { $path } es un enlace simbólico; leadgap no sigue enlaces dentro de su almacén, así que no se usa aquello a lo que apunta
store-privacy-readable = otros usuarios pueden leer { $path }; `chmod { $mode } { $path }` lo mantiene privado
store-record-damaged = no se puede leer ({ $reason }); apártalo para empezar de nuevo el registro del plan
store-client-moved = { $from } se ha movido a { $to }: ahora cada cliente tiene su propia carpeta
store-client-old-folder = { $folder } lo escribió leadgap 0.1, cuyos nombres de carpeta podían coincidir para clientes distintos; no se lee como de `{ $client }`. Muévelo a { $to } si todo lo que contiene es suyo
store-no-such-assessment = no hay ninguna evaluación guardada `{ $id }`; `leadgap history` las muestra

## Lists

# Between the items of a list written on one line.
list-separator = {"; "}
