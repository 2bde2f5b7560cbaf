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

## Tablas, plan y mensajes de las órdenes

table-na = n/d
table-none = ninguna
table-unnamed = Sin nombre
table-list-comma = {", "}
table-list-and = { $rest } y { $last }
table-meta-comma = {", "}
table-who = { $subject } ({ $meta })
table-rater-self = autoevaluación
table-rater-manager = responsable
table-rater-peer = par
table-rater-report = colaborador/a
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
table-group-peers = Pares ({ $count })
table-group-reports = Colaboradores ({ $count })
table-raters-self = autoevaluación
table-raters-selves = { $count } autoevaluaciones
table-raters-managers = { $count ->
    [one] { $count } responsable
   *[other] { $count } responsables
}
table-raters-peers = { $count ->
    [one] { $count } par
   *[other] { $count } pares
}
table-raters-reports = { $count ->
    [one] { $count } colaborador/a
   *[other] { $count } colaboradores
}
table-raters-coaches = { $count ->
    [one] { $count } coach
   *[other] { $count } coaches
}
table-raters-none = nadie
table-raters-withheld = ; no se muestran las opiniones de los demás: con menos de { $min } evaluadores además de la persona, podría saberse quién dio cada respuesta
table-raters-folded = ; solo cuentan en «Otros» ({ $groups }), para que ninguna respuesta pueda atribuirse a una persona
table-findings-no-comparison = Sin comparación
table-findings-withheld = las opiniones de los demás no se muestran, porque hay muy pocos evaluadores detrás.
table-findings-no-self = no hay autoevaluación.
table-findings-no-others = nadie más ha evaluado a esta persona.
table-findings-delta = autoevaluación menos la visión de los demás, en puntos de la escala; en una barrera, un Δ negativo significa que los demás la ven con más fuerza.
table-findings-blind-spots = Puntos ciegos
table-findings-blind-spots-text = la autoevaluación es { $gap } puntos o más mejor que la visión de los demás: { $list }.
table-findings-hidden-strengths = Fortalezas ocultas
table-findings-hidden-strengths-text = la visión de los demás es { $gap } puntos o más mejor que la autoevaluación: { $list }.
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
table-met = cumplido
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
feedback-comments-peers = Pares
feedback-comments-reports = Colaboradores
feedback-comments-coach = Coach
feedback-comments-others = Otros
feedback-comments-withheld = { $count ->
    [one] { $count } comentario retenido: hay muy pocos evaluadores detrás.
   *[other] { $count } comentarios retenidos: hay muy pocos evaluadores detrás.
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
plan-status-done-on = hecha { $day }
plan-status-dropped-on = descartada { $day }
plan-origin-own = propia
plan-origin-earlier = plan anterior
plan-summary = Hecho el { $made } (evaluación { $assessment }) · vuelve a responder el { $again } · { $done } de { $count } hechas
plan-none-added = ninguna brecha ni barrera activa lo requiere, y no has añadido ninguna acción
plan-due = vence { $day }
plan-overdue = vencida
plan-note = Nota { $day }:
plan-hint-steps = Cambia una acción con `leadgap plan start|done|drop|undo ID`, añade una nota con `leadgap plan note ID TEXT` o repásalas todas con `leadgap checkin`.
plan-no-action = Todavía no se requiere ninguna acción.
plan-md-title = Plan: { $who }
plan-progress = Avance del plan
plan-done-line = { $text } (hecha { $day })
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
plan-now = `{ $action }` está { $status } desde el { $day }
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
saved-other-view = la visión de un/a { $rater } sobre { $who }
saved-none = todavía no hay evaluaciones guardadas; ejecuta { $assess } o { $score }
saved-none-for-client = todavía no hay evaluaciones guardadas del cliente `{ $client }`; ejecuta { $assess } o { $score }
saved-no-such = no hay ninguna evaluación guardada `{ $id }`; { $history } las muestra
saved-compare-one = para comparar hacen falta dos evaluaciones guardadas y solo hay una; vuelve a responder dentro de unos meses con { $assess }
saved-compare-views = se compara { $before } con { $after }: un cambio puede deberse a la otra perspectiva, no a un cambio en la persona
saved-report-format = leadgap escribe los informes en HTML o Markdown, no en `.{ $ext }`; nombra el archivo .html o .md, o indícalo con --format (un informe HTML se imprime como PDF desde el navegador)
saved-report-feedback-not-self = se deja fuera --feedback: el informe no es de una autoevaluación
saved-report-feedback-skipped = { $count ->
    [one] se ha dejado fuera { $count } archivo de feedback: es sobre otra persona o es una autoevaluación
   *[other] se han dejado fuera { $count } archivos de feedback: son sobre otra persona o son autoevaluaciones
}
saved-wrote = escrito { $path }
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
hint-no-command = no existe la orden `{ $name }`; `leadgap help` las muestra
store-no-home = no se encuentra una carpeta de configuración para leadgap; define LEADGAP_HOME o usa --home DIR
store-warning = leadgap: aviso: { $message }
store-home-not-a-folder = no es una carpeta; define LEADGAP_HOME (o --home) como una carpeta
store-client-name = el nombre de cliente `{ $name }` no tiene letras ni cifras; usa un nombre como `jane-doe`
store-symlink = es un enlace simbólico; leadgap no sigue enlaces dentro de sus datos
store-symlink-not-followed = un enlace simbólico, que no se sigue fuera de los datos
store-not-a-file = no es un archivo normal
store-not-regular = no es un archivo normal
store-privacy-symlink = { $path } es un enlace simbólico; leadgap no sigue enlaces dentro de sus datos, así que no se usa aquello a lo que apunta
store-privacy-readable = otros usuarios pueden leer { $path }; `chmod { $mode } { $path }` lo mantiene privado
store-record-damaged = no se puede leer ({ $reason }); apártalo para empezar de nuevo el registro del plan
store-client-moved = { $from } se ha movido a { $to }: ahora cada cliente tiene su propia carpeta
store-client-old-folder = { $folder } lo escribió leadgap 0.1, cuyos nombres de carpeta podían coincidir para clientes distintos; no se lee como de `{ $client }`. Muévelo a { $to } si todo lo que contiene es suyo
store-no-such-assessment = no hay ninguna evaluación guardada `{ $id }`; `leadgap history` las muestra
