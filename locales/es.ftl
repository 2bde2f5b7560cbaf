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
