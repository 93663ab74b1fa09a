package com.towebs.chatqa.evaluation.profile;

import com.towebs.chatqa.evaluation.language.TextPattern;
import java.util.List;

/**
 * The customer's words that show each type of the remote-support guidelines. Each cue weighs 2 when it shows
 * the type on its own ("estoy harto", "son unos inutiles", "no entiendo nada de esto") and 1 when it only
 * points that way ("un desastre", "urgente", "la hizo mi sobrino"); a type needs {@link #THRESHOLD} points from
 * distinct cues. So one story about a past provider ("perdi 40 ventas, un desastre") does not make an angry
 * customer, nor one mention of a nephew a talkative one.
 */
final class TypeCues {

    static final int THRESHOLD = 2;
    static final int TALKATIVE_THRESHOLD = 5;
    static final int KNOWLEDGEABLE_THRESHOLD = 3;

    static final List<Cue> ANGRY = List.of(
            Cue.strong(
                    "\\b(?:estoy|estamos|ya\\s+estoy)\\s+(?:re\\s+|muy\\s+|super\\s+|muy\\s+pero\\s+muy\\s+)?(?:hart[oa]s?|"
                            + "podrid[oa]s?|indignad[oa]s?|furios[oa]s?|recaliente|cansad[oa]s?\\s+de|cansad[oa]s?\\s+ya)\\b"
                            + "|\\bme\\s+(?:tienen|tenes|tiene)\\s+(?:re\\s+)?(?:hart[oa]|podrid[oa]|cansad[oa]|las\\s+pelotas\\s+llenas)\\b"),
            Cue.strong(
                    "\\bindignad[oa]s?\\b|\\bindignante\\b|\\b(?:es|esto\\s+es)\\s+una\\s+(?:verguenza|locura|falta\\s+de\\s+respeto|"
                            + "estafa|cargada|joda)\\b|\\buna\\s+verguenza\\b|\\b(?:es|esto\\s+es)\\s+un\\s+(?:robo|afano|chiste|desastre|"
                            + "asco|abuso|horror|desastre\\s+total)\\b"),
            Cue.strong(
                    "\\b(?:pesim[oa]|malisim[oa]|horrible|lamentable|deplorable|nefast[oa])\\s+(?:servicio|atencion|soporte|"
                            + "empresa|hosting)\\b|\\b(?:servicio|atencion|soporte)\\s+(?:pesim[oa]|malisim[oa]|horrible|lamentable|"
                            + "de\\s+(?:mierda|cuarta|porqueria))\\b"),
            Cue.strong(
                    "\\b(?:voy|vamos)\\s+a\\s+(?:dar\\s+de\\s+baja|cancelar\\s+(?:todo|el\\s+servicio|el\\s+plan)|denunciar|"
                            + "hacer\\s+la\\s+denuncia|cambiar(?:me)?\\s+de\\s+(?:hosting|empresa|proveedor))\\b|\\bdoy\\s+de\\s+baja\\b"
                            + "|\\bme\\s+voy\\s+a\\s+(?:ir\\s+a\\s+)?otr[oa]\\s+(?:empresa|hosting|proveedor|lado|compania)\\b"
                            + "|\\bme\\s+cambio\\s+de\\s+(?:hosting|empresa|proveedor)\\b|\\bla\\s+proxima\\s+me\\s+voy\\b"
                            + "|\\bdefensa\\s+del\\s+consumidor\\b"),
            Cue.strong(
                    "\\bnadie\\s+(?:me\\s+|nos\\s+)?(?:responde|contesta|atiende|da\\s+bola|aviso|avisa|dice\\s+nada|resuelve|"
                            + "dijo\\s+nada|soluciona)\\b|\\bno\\s+me\\s+(?:responden|contestan|atienden|dan\\s+bola|dan\\s+pelota)\\b"
                            + "|\\bme\\s+(?:vas|van|va)\\s+a\\s+(?:contestar|responder|atender|dar\\s+bola)\\b"),
            Cue.strong("\\bgracias\\s+por\\s+(?:nada|hacerme|dejarme|tenerme|hacer\\s+perder)\\b"),
            Cue.weak("\\bun\\s+desastre\\b|\\bun\\s+quilombo\\b|\\bun\\s+caos\\b"),
            Cue.weak(
                    "\\burgente\\b|\\bya\\s+mismo\\b|\\bahora\\s+mismo\\b|\\b(?:necesito|quiero)\\b[^.!?]{0,30}\\b(?:ya|hoy)\\s*(?:[.!]|$)"),
            Cue.weak(
                    "\\bes\\s+la\\s+(?:segunda|tercera|cuarta|quinta|enesima|\\d+a?)\\s+vez\\b|\\bsiempre\\s+(?:lo\\s+mismo|la\\s+misma"
                            + "|pasa\\s+lo\\s+mismo)\\b|\\botra\\s+vez\\s+(?:no|se|lo|sin|me|con)\\b|\\bde\\s+nuevo\\s+(?:no|se\\s+cayo|sin)\\b"),
            Cue.weak(
                    "\\bhace\\s+(?:\\d+|un|una|dos|tres|cuatro|cinco|varios|varias|muchos|muchas)\\s+(?:dias|semanas|meses|horas)\\s+"
                            + "(?:que\\s+(?:no|estoy|espero|vengo)|y\\s+(?:sigue|nada|nadie|todavia|no|la|el))\\b"),
            Cue.weak("\\b(?:la|el)\\s+proxim[oa]\\s+(?:vez\\s+)?(?:avisen|avisame|no\\s+me|me\\s+voy)\\b"
                    + "|\\bpara\\s+la\\s+proxima\\s+no\\b"),
            Cue.weak("\\bestoy\\s+perdiendo\\s+(?:clientes|ventas|plata|dinero|trabajo)\\b|\\bperdiendo\\s+plata\\b"),
            Cue.weak("\\bya\\s+deberian\\s+saber\\w*|\\bseguro\\s+que\\s+(?:me\\s+)?(?:van\\s+a\\s+decir|dicen)\\b"
                    + "|\\b(?:alguien\\s+de\\s+ustedes|ustedes)\\s+(?:la|lo|me)\\s+(?:cambio|cambiaron|rompio|rompieron|borraron|"
                    + "tocaron)\\b|\\b(?:la|lo)\\s+(?:cambio|cambiaron|rompio|rompieron|borraron|tocaron)\\s+(?:alguien\\s+de\\s+)?"
                    + "ustedes\\b"),
            Cue.weak(
                    "\\bno\\s+quiero\\s+(?:saldo|excusas|explicaciones|que\\s+me\\s+(?:expliquen|digan))\\b|\\bquiero\\s+(?:la|mi)\\s+"
                            + "plata\\b|\\bdevuelvan\\w*\\s+(?:la|mi)\\s+plata\\b|\\b(?:arreglenlo|solucionenlo|resuelvanlo|haganlo\\s+ya)\\b"),
            Cue.weak(
                    "\\bquiero\\s+hablar\\s+con\\s+(?:un|el|tu|su|alguien)\\s*(?:supervisor|encargado|jefe|gerente|responsable|"
                            + "que\\s+sepa)\\b|\\bera\\s+tan\\s+dificil\\b|\\bno\\s+me\\s+hag(?:as|a|an)\\s+perder\\s+(?:el\\s+)?tiempo\\b"),
            Cue.weak("\\bpago\\s+todos\\s+los\\s+meses\\b|\\bpara\\s+(?:que|q)\\s+(?:les\\s+)?pago\\b"));

    static final List<Cue> RUDE = List.of(
            Cue.strong(
                    "\\b(?:son|sos|es\\s+usted|ustedes\\s+son|eres|parecen|pareces)\\s+(?:unos?|unas?)?\\s*(?:re\\s+|tremend[oa]s?\\s+|"
                            + "flor\\s+de\\s+|manga\\s+de\\s+)?(?:inutil|inutiles|incompetentes?|chantas?|ladron|ladrones|chorros?|"
                            + "estafadores?|boludos?|boludas?|pelotud[oa]s?|idiotas?|imbeciles?|tarad[oa]s?|payasos?|inept[oa]s?|"
                            + "ignorantes?|vagos?|caraduras?|sinverguenzas?|mamarrachos?|garcas?|forros?|una\\s+verguenza)\\b"),
            Cue.strong("\\b(?:inutiles|chantas|ladrones|chorros|estafadores|incompetentes|ineptos|garcas|sinverguenzas|"
                    + "caraduras)\\b|\\b(?:manga|banda|sarta|manada)\\s+de\\s+\\w+"),
            Cue.strong(
                    "\\b(?:boludo|boluda|boludos|boludas|pelotudo|pelotuda|pelotudos|idiota|imbecil|forro|forra|hdp|conchud[oa]|"
                            + "la\\s+concha|la\\s+puta\\s+(?:madre|que)|de\\s+mierda|una\\s+mierda|carajo)\\b"),
            Cue.strong(
                    "\\bno\\s+(?:sabes|saben|sabe)\\s+nada\\b|\\bno\\s+(?:tenes|tienen|tiene)\\s+(?:ni\\s+)?(?:idea|la\\s+menor\\s+idea)"
                            + "\\s+de\\s+nada\\b|\\bno\\s+sirven?\\s+para\\s+nada\\b"),
            Cue.weak("\\bpreguntas\\s+(?:boludas|pelotudas|estupidas|tontas|al\\s+pedo)\\b|\\bal\\s+pedo\\b"
                    + "|\\bno\\s+me\\s+hag(?:as|a|an)\\s+perder\\s+(?:el\\s+)?tiempo\\b|\\bera\\s+tan\\s+dificil\\b"),
            Cue.weak(
                    "\\balguien\\s+que\\s+sepa\\b|\\bno\\s+con\\s+un\\s+(?:robot|bot)\\b|\\bque\\s+desubicad[oa]\\b"
                            + "|\\b(?:arreglenlo|solucionenlo|resuelvanlo|muevanse|apurense)\\b|\\bya\\s+deberian\\s+saber\\w*"));

    static final String PEOPLE =
            "hij[oa]s?|sobrin[oa]s?|niet[oa]s?|yerno|nuera|cunad[oa]s?|suegr[oa]s?|viejo|vieja|mama|papa|"
                    + "madre|padre|herman[oa]s?|prim[oa]s?|tio|tia|abuel[oa]s?|senora|marido|espos[oa]|mujer|novi[oa]s?|pareja|"
                    + "ex\\s+soci[oa]|ex|amig[oa]s?|vecin[oa]s?|contador|contadora|perr[oa]|gat[oa]|nene|nena|familia|alumn[oa]s?";

    /** Each distinct match is one point: many different people, places and stories make a talkative customer. */
    static final List<TextPattern> TALKATIVE = List.of(
            TextPattern.compile("\\b(?:mi|mis|tu|su|el|la|los|las)\\s+(" + PEOPLE + ")\\b"),
            TextPattern.compile(
                    "\\b(casamiento|boda|cumple|cumpleanos|vacaciones|viaje|luna\\s+de\\s+miel|playa|montana|futbol|"
                            + "partido|asado|clima|calor|frio|lluvia|navidad|fiesta|parroquia|iglesia|pandemia|mundial|vinos?|bodega|"
                            + "mates|tango|jubilad[oa]|embarazada|medico|hospital|colegio|facultad|whatsapp|barrio|novios|finde|"
                            + "fin\\s+de\\s+semana|dia\\s+de\\s+locos|bariloche|mar\\s+del\\s+plata|mendoza|cordoba|rosario|tigre|"
                            + "ushuaia|salta|europa|espana|miami|brasil|uruguay|boca|river|racing|independiente|san\\s+lorenzo)\\b"),
            TextPattern.compile("\\b(como\\s+(?:andan|andas|estan|estas|va|les\\s+va|te\\s+va|le\\s+va)|que\\s+tal|"
                    + "espero\\s+que\\s+(?:bien|esten|estes))\\b"),
            TextPattern.compile(
                    "\\b(te\\s+cuento|les\\s+cuento|imaginate|imaginense|no\\s+sabes\\s+lo\\s+que|no\\s+sabe\\s+lo\\s+que|"
                            + "el\\s+otro\\s+dia|el\\s+ano\\s+pasado|el\\s+mes\\s+pasado|hace\\s+(?:como\\s+)?\\d+\\s+anos|una\\s+vez)\\b"));

    static final TextPattern LAUGH = TextPattern.compile("\\b(?:ja){2,}\\w*|\\b(?:je){2,}\\w*");
    static final int LONG_MESSAGE_WORDS = 25;

    static final List<Cue> KNOWLEDGEABLE = List.of(
            Cue.strong(
                    "\\b(?:dig|nslookup|traceroute|tracert|whois|openssl|s_client|telnet|curl|wget|mtr|tcpdump|wireshark)\\b"),
            Cue.strong(
                    "\\b(?:revise|chequee|verifique|mire|probe|compare|valide|controle)\\s+(?:con\\s+\\w+\\s+)?(?:el|los|la|las)?\\s*"
                            + "(?:registros?\\s+)?(?:mx|spf|dkim|dmarc|dns|ttl|logs?|headers?|cabeceras|zona|cadena|certificado|"
                            + "propagacion|nameservers?|ptr|rdns)\\b"),
            Cue.strong(
                    "\\b(?:los|el)\\s+logs?\\s+(?:dice|dicen|muestra|muestran|tira|tiran)\\b|\\ben\\s+(?:el|los)\\s+logs?\\b"
                            + "|\\b(?:la|en\\s+la)\\s+consola\\b|\\bpor\\s+consola\\b"),
            Cue.strong("\\b[a-z][a-z0-9]*_[a-z0-9_]+\\b(?!@)"),
            Cue.strong("\\bphp\\s*[5-9](?:\\.\\d+)?\\b|\\bmysql\\s*\\d|\\bmariadb\\b|\\btls\\s*1\\.\\d\\b"
                    + "|\\b(?:puerto|port)\\s+\\d{2,4}\\s+(?:con|y|por)\\s+(?:ssl|tls|starttls)\\b"),
            Cue.weak(
                    "\\b(?:funciona|anda|es\\s+compatible|soporta|requiere|necesita|corre)\\s+(?:con|en|sobre)?\\s*(?:php\\s*)?\\d\\.\\d\\b"),
            Cue.weak(
                    "\\b(ssh|sftp|wp-cli|wp\\s+cli|cron|crontab|mysqldump|git|composer|npm|dnssec|rdns|ptr|dmarc|dkim|spf|ttl|"
                            + "cname|mx|nameservers?|multiphp|ini|csv|s3|bucket)\\b"),
            Cue.weak(
                    "\\b(autossl|let's\\s+encrypt|letsencrypt|cadena|mixed\\s+content|spamhaus|blacklist|listad[oa]|rbl|"
                            + "ip\\s+(?:publica|del\\s+servidor|de\\s+salida)|\\d{3}\\s+(?:forbidden|internal|not\\s+found)|"
                            + "5\\d\\d\\s+\\d\\.\\d\\.\\d)\\b"),
            Cue.weak(
                    "\\b(base\\s+de\\s+datos|la\\s+base|tabla|tablas|dump|restore|snapshot|jetbackup|phpmyadmin|zona|delegar|"
                            + "delegacion|propagacion|search-replace|clave\\s+publica|ed25519|rsa)\\b"));

    /** A sentence of confusion: its technical words are what the customer does not understand. */
    static final TextPattern CONFUSION =
            TextPattern.compile("\\b(?:que\\s+(?:es|son|significa)|ni\\s+idea|no\\s+se\\s+(?:que|cual)|"
                    + "no\\s+entiendo|no\\s+entendi|me\\s+(?:dice|pregunta|pide|aparece|sale))\\b");

    static final List<Cue> INEXPERIENCED = List.of(
            Cue.strong(
                    "\\bno\\s+(?:entiendo|entendi|se|sabemos|manejo)\\s+(?:nada|mucho|casi\\s+nada|ni\\s+jota|un\\s+pomo|"
                            + "un\\s+carajo|mucho\\s+nada)\\s+(?:de|sobre|con)\\b"),
            Cue.strong(
                    "\\b(?:de|con)\\s+(?:esto|estas\\s+cosas|esas\\s+cosas|computacion|(?:la\\s+|las\\s+)?computadoras?|tecnologia|"
                            + "internet|paginas|informatica|(?:la\\s+|las\\s+)?compus?)\\s+(?:no\\s+(?:entiendo|se|cazo|manejo)|nada|cero|poco|"
                            + "ni\\s+idea)\\b"),
            Cue.strong("\\bno\\s+entendi\\s+(?:nada|casi\\s+nada|mucho|lo\\s+que|que|eso)\\b"),
            Cue.strong(
                    "\\b(?:no\\s+tengo\\s+(?:ni\\s+)?(?:idea|la\\s+menor\\s+idea)|ni\\s+idea)\\s+(?:de\\s+)?(?:que|como|donde|cual|"
                            + "lo\\s+que)\\s+(?:es|son|significa|se\\s+hace|hacer|poner|tocar|hago|pongo|eso)\\b"),
            Cue.strong(
                    "\\bsoy\\s+(?:medio\\s+|muy\\s+|re\\s+|bastante\\s+|totalmente\\s+)?(?:nuev[oa]|novat[oa]|principiante|"
                            + "inexpert[oa]|negad[oa]|un\\s+desastre|malisim[oa]|de\\s+otra\\s+epoca|analfabet[oa])\\s+(?:en|con|para)\\b"),
            Cue.strong(
                    "\\bno\\s+soy\\s+(?:muy\\s+)?(?:de\\s+la\\s+computacion|de\\s+la\\s+tecnologia|buen[oa]\\s+(?:con|para)|"
                            + "habil\\s+con|amig[oa]\\s+de)\\b"),
            Cue.strong(
                    "\\bnunca\\s+(?:hice|use|toque|configure|maneje)\\s+(?:nada\\s+de\\s+esto|algo\\s+asi|esto|nada\\s+asi)\\b"),
            Cue.strong(
                    "\\bno\\s+se\\s+(?:ni\\s+|bien\\s+|muy\\s+bien\\s+)?(?:como\\s+(?:empezar|arrancar|se\\s+usa|usarlo|entrar)|que\\s+(?:es|significa|"
                            + "tocar)|donde\\s+(?:toco|tocar))\\b|\\bestoy\\s+(?:re\\s+|muy\\s+|totalmente\\s+|medio\\s+)?perdid[oa]\\b"
                            + "|\\bcon\\s+suerte\\s+(?:uso|se\\s+usar|prendo)\\b"),
            Cue.strong("\\bque\\s+(?:es|son|significa|seria)\\s+(?:el|la|los|las|un|una)\\s+[^?.!]{1,25}\\?"),
            Cue.weak("\\bque\\s+(?:es|significa)\\s+eso\\s*\\?|^\\s*que\\s*\\?+\\s*$"),
            Cue.weak(
                    "\\b(?:la|lo|los|las)\\s+(?:hizo|armo|hicieron|armaron|configuro|instalo|maneja|manejaba)\\s+(?:mi|una|un)\\s+\\w+"
                            + "|\\bme\\s+(?:la\\s+|lo\\s+)?(?:armo|hizo|configuro)\\s+(?:todo\\s+)?mi\\b|\\bme\\s+maneja\\s+todo\\b"
                            + "|\\bmi\\s+(?:nieto|nieta|hijo|hija|sobrino|sobrina|yerno|nuera)\\s+me\\s+(?:hizo|armo|creo|configuro|instalo)\\s+"
                            + "(?:una|un|la|el|mi)\\s+(?:pagina|web|sitio|tienda|correo|mail|casilla|cuenta)\\b"),
            // asking for patience up front: "tenganme paciencia", "tenme paciencia que soy grande"
            Cue.weak("\\b(?:tenganme|tenme|tengame|tenedme)\\s+(?:un\\s+poco\\s+de\\s+|mucha\\s+)?paciencia\\b"),
            Cue.weak(
                    "\\bdonde\\s+(?:toco|tengo\\s+que\\s+tocar|lo\\s+veo|la\\s+veo|esta\\s+eso|queda\\s+eso|hago\\s+click|aprieto)\\b"
                            + "|\\bque\\s+(?:pongo|toco|aprieto|elijo)\\b|\\bno\\s+se\\s+(?:que\\s+hacer|como\\s+se\\s+hace)\\b"),
            Cue.weak("\\bno\\s+entiendo\\b"));

    private TypeCues() {}
}
