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
    [report] { $name }, evaluación de alguien de su equipo del { $date }
   *[coach] { $name }, evaluación de su coach del { $date }
}
report-label = { $label }:
report-summary = Resumen
report-readiness = Preparación
report-readiness-means = cuánto se acercan los rasgos a sus objetivos
report-barrier-load = Peso de las barreras
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
report-done-when = Completado cuando:
report-since = Desde el { $date }
report-how = Cómo se obtienen estas cifras
report-method = Cada afirmación se responde en la escala de la rúbrica; las afirmaciones formuladas en sentido inverso se invierten primero. El nivel de una dimensión es la media de sus respuestas, situada en el 0–100% de la escala, y solo se puntúa si se ha respondido al menos la mitad de sus afirmaciones. La brecha de un rasgo es cuánto se queda su media por debajo del objetivo; una barrera está activa cuando su nivel alcanza el umbral. Cada acción está pensada sobre todo para una dimensión: suma entera la brecha ponderada (o la barrera activa) de esa dimensión y la mitad de la de cada una de las demás a las que ayuda, y el plan elige primero la mejor acción para cada una de las dimensiones más urgentes. Los pesos, los objetivos y los umbrales reflejan el criterio de quien redactó la rúbrica, y con tres a cinco afirmaciones por dimensión cada nivel es una medida aproximada: estos resultados sirven para el desarrollo de la propia persona, no para seleccionar ni clasificar a nadie.
report-rubrics = Rúbricas: { $list }.
report-dimension = Dimensión
report-then = Antes
report-now = Ahora
report-change = Cambio
report-barriers-off = Barreras que ya no están activas: { $names }
report-barriers-on = Barreras que ahora están activas: { $names }
report-no-switch = Ninguna barrera se ha activado ni desactivado.
report-left-plan = Sale del plan: { $actions }
report-new-in-plan = Nuevo en el plan: { $actions }
report-done = Hecho: { $action }
report-360 = Vista 360
report-360-of = Vista 360: { $name }
report-rated-by = Valoraciones: { $raters }.
report-self = Propia
report-others = Otros
report-as-barrier = { $name } (barrera)
md-gap = Brecha
md-status = Estado
md-met = alcanzado
md-below = por debajo
md-no-action-yet = Todavía no hace falta ninguna acción.
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
    [report] miembro de su equipo
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
form-mail-open = Abre la página de tu rol (adjunta) en cualquier navegador actual, en un ordenador o en un teléfono. Funciona sin conexión y no envía nada a ninguna parte.
form-mail-answer = Responde a cada afirmación según lo que has visto; elige «No puedo opinar» cuando no hayas visto lo suficiente. Los comentarios son opcionales, y se agradecen.
form-mail-save = Pulsa «Guardar el archivo de respuestas» y envíame el archivo que se guarda. Si no aparece ningún archivo, copia en tu respuesta el texto que muestra la página.
form-mail-which = Qué página abrir y cuánto se tarda:
form-mail-who = { $role ->
    [self] { $name }, para su autoevaluación
    [manager] quien es responsable de { $name }
    [peer] colegas de { $name }
    [report] miembros del equipo de { $name }
   *[coach] quien hace de coach de { $name }
}
form-mail-page = { $file }: { $who }; { $count } afirmaciones, unos { $minutes } minutos
form-mail-who-sees = Quién ve qué: la página nunca pide tu nombre. Las respuestas de colegas y de miembros del equipo solo se muestran como un grupo de tres o más personas; si hay menos, se suman a las respuestas de otros o se omiten cuando hay muy pocas personas detrás. Las respuestas de quien es responsable y de quien hace de coach se muestran por rol, ya que cada una es una persona conocida. Los comentarios se muestran del mismo modo, tal como se escribieron.
form-mail-by = Envíame tu archivo antes del: ____________
form-error-subject = --subject debe indicar el nombre de la persona en texto sin formato, por ejemplo --subject "Ana García"
form-wrote-kit = se han escrito { $count } páginas y { $mail } en { $dir }: envía a cada persona la página de su rol, con el texto de { $mail } en el correo
form-wrote = se ha escrito { $path } ({ $count } afirmaciones para { $role ->
    [manager] su responsable
    [peer] un colega
    [report] alguien de su equipo
    [coach] su coach
   *[self] la propia persona
})
