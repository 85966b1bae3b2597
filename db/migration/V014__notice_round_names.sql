-- Issue 22: notices about a correction round now carry the round's Japanese name (初校, 再校, 三校…) as their last
-- argument, so the Japanese text names the round as the round page does. Notices written before had only the
-- round's number (the second argument); they get the name that number stands for, so no reader sees a bare {n}.
/* [jooq ignore start] */
UPDATE notice
SET message_args = JSON_ARRAY_APPEND(message_args, '$',
        CASE JSON_UNQUOTE(JSON_EXTRACT(message_args, '$[1]'))
            WHEN '1' THEN '初校'
            WHEN '2' THEN '再校'
            WHEN '3' THEN '三校'
            WHEN '4' THEN '四校'
            WHEN '5' THEN '五校'
            WHEN '6' THEN '六校'
            WHEN '7' THEN '七校'
            WHEN '8' THEN '八校'
            WHEN '9' THEN '九校'
            WHEN '10' THEN '十校'
            ELSE CONCAT(JSON_UNQUOTE(JSON_EXTRACT(message_args, '$[1]')), '校')
        END)
WHERE (message_key IN ('manuscript.notice.round-opened', 'manuscript.notice.reply') AND JSON_LENGTH(message_args) = 2)
   OR (message_key IN ('manuscript.notice.round-rebased', 'manuscript.notice.round-returned')
       AND JSON_LENGTH(message_args) = 3)
   OR (message_key = 'manuscript.notice.review-finished' AND JSON_LENGTH(message_args) = 4);
/* [jooq ignore stop] */
