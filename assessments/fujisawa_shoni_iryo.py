"""
藤沢市 小児医療費助成に関する事務 重点項目評価書 (評価書番号 37, 公表 令和7年7月18日).

Transcribed from the published document (``examples/fujisawa-jyuten-shoni-iryo.txt``, a PDF
text extraction) and its 38 変更箇所 rows (``examples/henko-rows-fujisawa-sakai.jsonl``).

How the text was carried over:

* Labels come from the model (:mod:`pia_dsl.forms.juten`); the extraction's NFKC-normalised
  labels (「III」, 「1.」, 「(別添1)」) are not copied.
* Values are copied as written in the extraction, glyphs included (ASCII 「( )」 and 「< >」
  where the extraction has them).  HTML fragments (``<p>``, ``<ul>``, ``<ol>``) became
  lines; list items became lines, starting with 「・」 only where the document prints one.
  A space before a printed 「・」 bullet or a list number inside a cell is taken as a lost
  line break.
* The document follows the older edition of the form: 「4情報」, no その必要性 row, and the
  「…における他のリスク…」 wording of Ⅲ-2 and Ⅲ-3 (the model prints the newer wording).
* Places where the extraction lost or garbled something are marked ``# EXTRACTION:``.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from assessments.shared.middle_server import (
    GOVERNMENT_CLOUD_HEADING,
    GOVERNMENT_CLOUD_STORAGE,
    MIDDLE_SERVER_ERASURE,
    MIDDLE_SERVER_HEADING,
    MIDDLE_SERVER_PLATFORM_NETWORK,
    MIDDLE_SERVER_PLATFORM_OTHER_MEASURES,
    MIDDLE_SERVER_PLATFORM_SAFEGUARDS,
    MIDDLE_SERVER_PLATFORM_TRAINING,
    MIDDLE_SERVER_SOFTWARE_NETWORK,
    MIDDLE_SERVER_SOFTWARE_NETWORK_ACQUISITION,
    MIDDLE_SERVER_STORAGE,
)
from pia_dsl import ChangeRow, RiskMeasure, System, Timing, checks, format_wareki, wareki
from pia_dsl.forms.choices import (
    AcquisitionMethod,
    Audit,
    Connection,
    Consigning,
    Effort,
    FileKind,
    FocusedTargetCount,
    FocusedThresholdResult,
    HandlerCount,
    Incident,
    Linkage,
    PersonCount,
    Practice,
    ProvisionStatus,
    RecordCategory,
    RecordItemCount,
    Source,
    Sufficiency,
)
from pia_dsl.forms.juten import (
    AuditSection,
    ConsignmentRisks,
    Cover,
    Department,
    FocusedAcquisition,
    FocusedAcquisitionRisks,
    FocusedAffair,
    FocusedAssessment,
    FocusedBasicInfo,
    FocusedConsignmentSection,
    FocusedDisclosure,
    FocusedDisclosureRequest,
    FocusedFileBasics,
    FocusedFileOverview,
    FocusedKisoStep,
    FocusedLeakRisk,
    FocusedNetworkRisks,
    FocusedProcedure,
    FocusedProvisionRisks,
    FocusedPublicComment,
    FocusedRiskMeasures,
    FocusedStorage,
    FocusedStorageRisks,
    FocusedThirdPartyReview,
    FocusedUseRisks,
    FocusedUsers,
    Inquiry,
    NetworkLinkage,
    NumberUse,
    ProvisionSection,
    Training,
    UnauthorizedUseRisk,
)

FILE_NAME: Final[str] = "小児医療費助成情報ファイル"

# ---------------------------------------------------------------------------
# Ⅰ　基本情報
# ---------------------------------------------------------------------------

AFFAIRS_CONTENT: Final[str] = (
    "藤沢市小児医療費助成条例及び藤沢市小児医療費助成条例施行規則、小児医療費助成事業実施要綱(神奈川県)に基づき、小児の健全な育成を支援し、小児の福祉の増進を図るため、小児に係る医療費の一部を助成する事務を行っている。\n"
    "藤沢市は、行政手続きにおける特定の個人を識別するための番号の利用等に関する法律(以下「番号法」という。)の規定及び藤沢市特定の個人を識別するための番号の利用に関する条例(以下「番号条例」という。)の規定に従い、特定個人情報を次の事務で取り扱う。\n"
    "(1)医療費の助成を受ける資格を証する医療証の交付の申請に係る事実についての審査に関する事務\n"
    "(2)医療費の助成の申請に係る事実についての審査に関する事務\n"
    "(3)医療受給資格等の変更の届出に係る事実についての審査に関する事務\n"
    "(4)医療証の返還に関する事務"
)

SHONI_IRYO_SYSTEM = System(
    key="shoni_iryo_system",
    name="保健福祉総合システム(医療サブシステム)",
    functions=(
        "【資格管理機能】\n"
        "1 小児医療費助成資格の情報管理\n"
        "・受給者台帳への登録 転入、出生等による受給者情報を登録\n"
        "2 小児医療費助成資格取得者の受給者台帳の記載変更\n"
        "・受給者の氏名、住所、医療保険、保護者変更の届出情報の登録\n"
        "3 小児医療費助成資格取得者の喪失情報登録\n"
        "・転出、死亡等により受給者台帳から資格を喪失\n"
        "4 受給者情報の検索\n"
        "・受給者台帳により該当する受給者に関する情報の照会\n"
        "5 医療証の発行\n"
        "・申請や資格情報変更による医療証の発行\n"
        "6 他業務照会機能\n"
        "・該当者が受給している事業の一覧を照会\n"
        "【給付管理機能】\n"
        "1 医療費管理\n"
        "・医療費助成情報を対象者ごとに管理する。\n"
        "・レセプト情報の登録及び資格突合し、資格の管理を行う。"
    ),
    connections=checks(Connection.ADDRESSEE),
)

WELFARE_COMMON_SYSTEM = System(
    key="welfare_common_system",
    name="保健福祉総合システム(福祉共通管理システム)",
    functions=(
        "1 宛名情報管理機能\n"
        "・既存住民基本台帳システムに登録された情報を取得する。\n"
        "2 住民登録外者登録機能\n"
        "・住民登録登録外者の氏名・住所などの4情報等を登録し、宛名番号を付番する。\n"
        "3 税情報の照会\n"
        "・年度別の課税情報を照会"
    ),
    connections=checks(
        Connection.INTRA_AGENCY, Connection.EXISTING_JUKI, Connection.ADDRESSEE, Connection.TAX
    ),
)

MIDDLE_SERVER_SYSTEM = System(
    key="middle_server",
    name="中間サーバー",
    functions=(
        "1 各種設定機能\n"
        "・利用する職員のアカウント登録、権限管理等の設置 等\n"
        "2 符号取得機能\n"
        "・団体内統合宛名から取得した団体内統合宛名番号を利用し、符号を取得する。\n"
        "3 情報提供用のデータ登録機能\n"
        "・特定個人情報(連携対象)の登録を行う。\n"
        "4 情報照会機能\n"
        "・情報提供の求めを行い、特定個人情報(連携対象)を取得する。\n"
        "5 情報提供機能\n"
        "・情報提供の求めに対して、特定個人情報(連携対象)の提供を行う。"
    ),
    connections=checks(Connection.NETWORK_SYSTEM, Connection.EXISTING_JUKI, Connection.ADDRESSEE),
)

INTEGRATED_ADDRESSEE_SYSTEM = System(
    key="integrated_addressee_system",
    name="団体内統合宛名システム",
    functions=(
        "1 団体内統合宛名番号管理\n"
        "・団体内統合宛名番号管理機能\n"
        "　　団体内統合宛名番号の付番を行う。\n"
        "　　団体内統合宛名番号と既存住基システムの宛名番号をひも付けて管理する。\n"
        "・宛名情報管理機能\n"
        "　　氏名・住所などの4情報を団体内統合宛名番号にひも付けて管理する。\n"
        "　　中間サーバーとのオンラインデータ連携、オフラインデータ連携用の媒体作成を行う。"
    ),
    connections=checks(
        Connection.EXISTING_JUKI, Connection.ADDRESSEE, (Connection.OTHER, "中間サーバー")
    ),
)

S1 = FocusedBasicInfo(
    affair=FocusedAffair(
        name="小児医療費助成に関する事務",
        content=AFFAIRS_CONTENT,
        target_count=FocusedTargetCount.FROM_100K_TO_300K,
    ),
    systems=(
        SHONI_IRYO_SYSTEM,
        WELFARE_COMMON_SYSTEM,
        MIDDLE_SERVER_SYSTEM,
        INTEGRATED_ADDRESSEE_SYSTEM,
    ),
    file_names=FILE_NAME,
    number_use=NumberUse(
        legal_basis="・番号法第9条第2項\n・番号条例第3条第1項及び別表第3の項",
    ),
    # EXTRACTION: ①実施の有無 prints as an unticked HTML checkbox before 「実施する」; the
    # value is 実施する (form-jyuten.md §1.2 I.5.1; ② cites 番号法第19条第9号).
    linkage=NetworkLinkage(status=Linkage.YES, legal_basis="番号法第19条第9号"),
    department=Department(
        name="子ども青少年部 子育て給付課 庶務・医療費給付担当",
        head="子育て給付課長",
    ),
)

# ---------------------------------------------------------------------------
# Ⅱ　特定個人情報ファイルの概要
# ---------------------------------------------------------------------------

VALIDITY: Final[str] = (
    "・個人番号、4情報、その他住民票関係情報 本人特定を行い、各情報を記録し、受給者台帳の基礎とするため。\n"
    "・その他識別情報 対象児童ごとに受給者番号を付番して、受給状況を管理するため。\n"
    "・連絡先 受給資格等に疑義が生じた場合、又は早急に連絡をとらなければならない際に必要なため。\n"
    "・地方税関係情報 保護者の課税情報から、生計を維持する程度が高い者の確認、所得審査を行うため。\n"
    "・健康・医療関係情報 診療年月、医療機関情報を記録するため。\n"
    "・医療保険関係情報 加入健康保険情報を管理するため。\n"
    "・児童福祉・子育て関係情報 ひとり親家庭等医療費助成状況を確認するため。\n"
    "・障害者福祉関係情報 障害医療費助成状況を確認するため。\n"
    "・生活保護・社会福祉関係情報 生活保護による医療費助成状況を確認するため。\n"
    "・その他(支払口座情報等) 医療費助成成分を口座に振り込むため。"
)

USING_DEPARTMENTS: Final[str] = (
    "子育て給付課、市民窓口センター、六会市民センター、六会市民センター石川分館、片瀬市民センター、明治市民センター、"
    "御所見市民センター、遠藤市民センター、長後市民センター、辻堂市民センター、善行市民センター、湘南大庭市民センター、"
    "湘南台市民センター、鵠沼市民センター、村岡市民センター"
)

STORAGE_LOCATION: Final[str] = (
    "・当市では小児医療費助成情報ファイルを電磁的記録媒体で調製しており、以下に示した条件を満たしているサーバ内にデータとして保管している。\n"
    "・権限のない者が入室できないよう入退室管理システムによる入退室の制御がなされ、監視カメラにより監視されているサーバ室にサーバを設置している。\n"
    "・サーバ室はICカード、生体認証等により、許可された者のみが入室できることとしている。\n"
    "・不正アクセス行為の禁止等に関する法律にいうアクセス制御機能としては、ユーザID・生体認証による識別とパスワードによる認証、さらに認証したユーザに対する認可機能によって、そのユーザがシステム上で利用できることを制限することで、認証(ログイン)、認可(処理権限の付与)、監査(ログ運用)を行っている。\n"
    "・届出書等の関係帳票類は、入退室管理をする執務室内において、鍵付きキャビネット等で保管している。\n"
    f"{MIDDLE_SERVER_HEADING}\n"
    f"{MIDDLE_SERVER_STORAGE}\n"
    "【消去方法】\n"
    f"{MIDDLE_SERVER_ERASURE}\n"
    f"{GOVERNMENT_CLOUD_HEADING}\n"
    f"{GOVERNMENT_CLOUD_STORAGE}"
)

S2 = FocusedFileOverview(
    file_name=FILE_NAME,
    basics=FocusedFileBasics(
        file_kind=FileKind.SYSTEM,
        person_count=PersonCount.FROM_100K_TO_1M,
        person_scope=(
            "本市の区域内に住所を有する小児医療費助成対象者及びその保護者 "
            "(本市の区域内に住所を有していた過去の対象者及びその保護者を含む)"
        ),
        record_count=RecordItemCount.FROM_100,
        main_records=checks(
            RecordCategory.INDIVIDUAL_NUMBER,
            RecordCategory.OTHER_ID,
            RecordCategory.FOUR_BASIC,
            RecordCategory.CONTACT,
            RecordCategory.OTHER_RESIDENT,
            RecordCategory.LOCAL_TAX,
            RecordCategory.HEALTH,
            RecordCategory.MEDICAL_INSURANCE,
            RecordCategory.CHILD_WELFARE,
            RecordCategory.DISABILITY,
            RecordCategory.PUBLIC_ASSISTANCE,
            (RecordCategory.OTHER, "支払口座情報等"),
        ),
        records_validity=VALIDITY,
        all_records="別添1を参照。",
        holding_start=wareki("平成29年1月1日"),
        department="子育て給付課 庶務・医療費給付担当",
    ),
    acquisition=FocusedAcquisition(
        sources=checks(
            Source.PERSON,
            (Source.OTHER_DEPARTMENT, "市民税課、生活援護課、保険年金課、障がい者支援課"),
            (Source.LOCAL_BODY, "他自治体"),
        ),
        # EXTRACTION: the option is printed 「府内連携システム」 here (庁 read as 府); the
        # form's option, and this document everywhere else, is 庁内連携システム.
        methods=checks(
            AcquisitionMethod.PAPER,
            AcquisitionMethod.INTRA_AGENCY,
            AcquisitionMethod.NETWORK_SYSTEM,
            (
                AcquisitionMethod.OTHER,
                "電子申請システムを利用した、本人からの小児医療証にかかる新規申請",
            ),
        ),
        purpose=(
            "小児医療費助成受給資格者情報の管理、小児医療費助成の審査及び認定、"
            "小児医療費助成に係る給付情報の管理等の業務を行うため。"
        ),
        # EXTRACTION: 使用者数 prints outside its brackets (「[]<選択肢> 50人以上100人未満」).
        users=FocusedUsers(departments=USING_DEPARTMENTS, user_count=HandlerCount.FROM_50_TO_100),
        usage=(
            "保健福祉総合システム(福祉共通管理システム、医療サブシステム)へ記録することにより、"
            "受給資格の管理や支給の決定を行う"
        ),
        # As written, with 「府内連携システム」 (see ②入手方法 above).
        matching=(
            "保護者からの各種届出書の記載内容を府内連携システムや情報提供ネットワークシステム等から得た情報と突合し、"
            "審査を行う。"
        ),
        usage_start=wareki("平成29年1月1日"),
    ),
    # EXTRACTION: the value prints outside its brackets (「[]委託しない []<選択肢> ()件」).
    consignment=FocusedConsignmentSection(status=Consigning.NO),
    provision=ProvisionSection(status=checks(ProvisionStatus.NONE)),
    storage=FocusedStorage(location=STORAGE_LOCATION),
)

# ---------------------------------------------------------------------------
# （別添１） 特定個人情報ファイル記録項目 (158 items)
# ---------------------------------------------------------------------------

# The extraction renders each category's items as one markdown list item (「- 1. …」);
# the 「- 」 is not printed in the document and is dropped here.
# EXTRACTION (probable glyph garbles, kept as extracted): 【地方税情報】13. 「雜損控除」
# (雜 U+96DC for 雑) and 【レセプト情報】2.～4. 「實施機関番号」 (實 U+5BE6 for 実).
# Possibly truncated, kept as extracted: 【連絡先等情報】4. 「年月日」 (生年月日?) and
# 13. 「消除区」 (消除区分?).
RECORDS: Final[str] = (
    "【識別情報】\n"
    "1. 個人番号、2. 宛名番号\n"
    "【連絡先等情報】\n"
    "1. 氏名、2. カナ氏名、3. 通称名、4. 年月日、5. 性別、6. 続柄、7. 年齢、8. 住所、9. 電話番号、10. 郵便番号、11. 世帯番号、12. 住民区分、13. 消除区、14. 前住所、15. 住民となった日・16. 住民となった日届出日、17. 住定日、18. 住定日届出日、19. 転出予定日、20. 転出予定日届出日、21. 消除日、22. 消除日届出日、23. 消除事由、24. 異動日、25. 異動日届出日、26. 異動事由、27. 登録年月日、28. 更新年月日、29. 送付先氏名、30. 送付先カナ氏名、31. 送付先住所、32. 送付先郵便番号、33. 送付先電話番号\n"
    "【資格情報】\n"
    "1. 年度、2. 個人番号、3. 受給者番号、4. 宛名番号、5. 資格状態区分、6. 申請年月日、7. 申請届出年月日、8. 申請事由、9. 決定年月日、10. 異動年月日、11. 異動届出年月日、12. 異動事由、13. 喪失年月日、14. 喪失届出年月日、15. 喪失事由、16. 却下理由、17. 停止理由、18. 証交付年月日、19. 証交付事由、20. 証再交付年月日、21. 証再交付事由、22. 証回収年月日、23. 証回収理由、24. 資格更新年度、25. 資格更新区分、26. 資格更新処理年月日、27. 資格更新受付年月日、28. 有効期間開始年月日、29. 有効期間終了年月日\n"
    "【保護者情報】\n"
    "1. 宛名番号、2. 続柄、3. 氏名、4. 生年月日、5. 住所、6. 同居・別居区分、7. 電話番号\n"
    "【地方税情報】\n"
    "1. 合計所得、2. 一般扶養数、3. 特定扶養数、4. 特定扶養数(16-18)、5. 老人扶養、6. 同居老人扶養、7. 普通障害、8. 特別障害、9. 配偶者控除、10. 本人障害区分、11. 老寡勤区分、12. 年少扶養数(0-15歳)、13. 雜損控除、14. 医療費控除、15. 小規模企業共済等控除\n"
    "【医療機関情報】\n"
    "1. 医療機関コード、2. 医療機関名称、3. 代表者氏名、4. 住所、5. 方書、6. 電話番号、7. FAX番号\n"
    "【レセプト情報】\n"
    "1. 保険区分、2. 實施機関番号法別番号、3. 實施機関番号都道府県番号、4. 實施機関番号、5. 受給者番号、6. 請求者都道府県番号、7. 請求者点数表、8. 請求者医療機関番号、9. 保険者番号管掌番号、10. 保険者番号都道府県番号、11. 保険者番号保険者別番号、12. 入外コード、13. 診療年、14. 診療月、15. 件数、16. 診療日数、17. 決定点数、18. 一部負担金、19. 他公費法別番号、20. 他公費決定点数、21. 被保険者証の記号、22. 被保険者証の番号\n"
    "【給付情報】\n"
    "1. 支払種別、2. 支払年月日、3. 支払計算年月日、4. 支払締日、5. 支払総額、6. 状態区分、7. 支払執行年月日、8. 支払結果、9. 金融機関名、10. 店舗名、11. 口座番号、12. 口座名義\n"
    "【保険情報】\n"
    "1. 保険種別、2. 保険者番号、3. 保険記号、4. 保険番号、5. 保険加入年月日、6. 保険期間終了年月日、7. 被保険者宛名番号、8. 被保険者続柄、9. 本人区分、10. 退職区分\n"
    "【生活保護関連】\n"
    "1. 生活保護申請日、2. 生活保護決定日、3. 生活保護廃止日、4. 総合関係者、5. 資格状態\n"
    "【障害者福祉関連】\n"
    "1. 障がい者等医療費助成申請日、2. 障がい者等医療費助成決定日、3. 障がい者等医療費助成廃止日、4. 総合関係者、5. 資格状態\n"
    "【児童福祉・子育て関係関連】\n"
    "1. ひとり親家庭等医療費助成申請日、2. ひとり親家庭等医療費助成決定日、3. ひとり親家庭等医療費助成廃止日、4. 総合関係者、5. 資格状態\n"
    "【口座情報】\n"
    "1. 支払方法、2. 金融機関名称、3. 店舗名、4. 口座種別、5. 口座番号、6. 口座名義"
)

# ---------------------------------------------------------------------------
# Ⅲ　リスク対策
# ---------------------------------------------------------------------------

NETWORK_ACQUISITION_MEASURES: Final[str] = (
    "<団体内統合宛名システムにおける措置>\n"
    "・各業務システムから中間サーバーへの情報照会要求の中継においては、照会元・照会先・照会内容等の改変は行わないことで、中間サーバーにおける目的外入手の抑制の措置に従うことを担保する。\n"
    "・接続システムの認証及び団体内統合宛名システム接続端末での職員認証等の機能を備えており、あらかじめ承認されたシステム・職員以外の情報入手を抑止する。\n"
    "<中間サーバー・ソフトウェアにおける措置>\n"
    f"{MIDDLE_SERVER_SOFTWARE_NETWORK_ACQUISITION}"
)

NETWORK_OTHER_RISKS: Final[str] = (
    "<中間サーバー・ソフトウェアにおける措置>\n"
    f"{MIDDLE_SERVER_SOFTWARE_NETWORK}\n"
    "<中間サーバー・プラットフォームにおける措置>\n"
    f"{MIDDLE_SERVER_PLATFORM_NETWORK}"
)

STORAGE_OTHER_RISKS: Final[str] = (
    "<特定個人情報が消去されずいつまでも存在するリスク>\n"
    "保管する情報の種類によりデータ保持年限のある情報については、保存年限を超えると消去される。\n"
    "<物理的な対策>\n"
    "・サーバ室とデータ、プログラム等を含んだ記録媒体及び帳票等の可搬媒体を保管する保管室は、他の部屋とは区別して専用の部屋とする。\n"
    "・出入り口には機械による入退室を管理する設備を設置する。\n"
    "・入退室管理を徹底するため出入口の場所を限定する。\n"
    "・監視設備として監視カメラ等を設置する。\n"
    # EXTRACTION: 「盜難」 (盜 U+76DC for 盗) as extracted; the (別添２) rows read 「盗難」.
    "・業務用端末は、盜難防止用ワイヤーを設置する。\n"
    "・届出書等の関係帳票類については、鍵付きキャビネット等で管理している。\n"
    "<技術的な対策>\n"
    "・コンピュータウイルス監視ソフトを使用し、サーバ・端末双方でウィルスチェックを実施する。また、新種の不正プログラムに対応するために、ウィルスパターンファイルは定期的に更新し、最新のものを使用する。\n"
    "・情報セキュリティホールに関する情報(コンピュータウイルス等の有害なソフトウェアに関する情報を含む)を定期的に入手し、機器の情報セキュリティに関する設定の内容が適切であるかどうかを確認する。\n"
    "・不正アクセス防止策として、インターネット及び内部情報系とネットワークを分離することで、セキュリティを担保している。\n"
    "・システム上、個人に対して資格を二重で付与することはできない。\n"
    "・削除・廃棄した記録の保存を行う。\n"
    "<中間サーバー・プラットフォームにおける措置>\n"
    f"{MIDDLE_SERVER_PLATFORM_SAFEGUARDS}"
)

TRAINING_METHOD: Final[str] = (
    "・「マイナンバー制度に係る職員等の教育研修計画」に基づき、個人番号利用事務実施課を対象にした集合研修を実施するとともに、受講者が課内へ研修内容の周知を行っている。また、職員全員を対象に、毎年電子上の机上研修(eラーニング)による個人情報保護及び情報セキュリティに関する研修を実施している。\n"
    "・マニュアルを作成し担当者には研修を行う。また、マニュアルは定期的に見直しをする。\n"
    "<中間サーバー・プラットフォームにおける措置>\n"
    f"{MIDDLE_SERVER_PLATFORM_TRAINING}"
)

S3 = FocusedRiskMeasures(
    file_name=FILE_NAME,
    acquisition=FocusedAcquisitionRisks(
        risk=RiskMeasure(
            measures=(
                "・本人及び代理人からの申請時に本人確認を行い、事務に必要無い情報は管理しない\n"
                "・各種届出における申請書記入時に、何のための手続きであるか、どのような個人情報を確認させてもらうかを明確に説明する。\n"
                "・申請書の様式は必要最小限の記載となるようにし、必要な項目は設けない。\n"
                "・手続き上必要な書類が提出された場合は返還する。"
            ),
            sufficiency=Sufficiency.SUFFICIENT,
        ),
    ),
    use=FocusedUseRisks(
        risk1=RiskMeasure(
            measures=(
                "システム上、事務に必要ない個人情報は連携及び管理できないため、特定個人情報の取得及び紐付けをすることができない。"
                "また、情報照会権限を有しない他部署から、こちらの特定個人情報ファイルにもアクセス及び紐付けすることはできない。"
            ),
            sufficiency=Sufficiency.SUFFICIENT,
        ),
        risk2=UnauthorizedUseRisk(
            authentication=Practice.DONE,
            method=(
                "ユーザーIDによる使用者の識別と、パスワードによる認証を実施。"
                "ログインやスクリーンセーバーの解除に生体認証を行う。"
            ),
            other_measures=(
                "・パスワードの定期的な変更を課す\n"
                "・権限を有している職員の異動、退職により不要になったIDを削除する\n"
                "・離席時にはログオフすることを徹底する\n"
                "・システムの操作履歴により操作者を管理\n"
                "・定期的な個人情報の取り扱いに関する研修を実施"
            ),
            sufficiency=Sufficiency.SUFFICIENT,
        ),
    ),
    consignment=ConsignmentRisks(not_consigned=True),
    provision=FocusedProvisionRisks(not_provided=True),
    network=FocusedNetworkRisks(
        no_provision=True,
        risk1=RiskMeasure(
            measures=NETWORK_ACQUISITION_MEASURES,
            # EXTRACTION: this row (label and value) is missing from the extraction
            # (form-jyuten.md §1.5 III.6.R1.2 and §8).  「十分である」 is restored by
            # inference, since the item is required and every other block of this document
            # (and S3/S0) reads 十分である: verify against the printed PDF.
            sufficiency=Sufficiency.SUFFICIENT,
        ),
        risk2=RiskMeasure(),
        other_risks=NETWORK_OTHER_RISKS,
    ),
    storage=FocusedStorageRisks(
        risk=FocusedLeakRisk(
            procedure=Effort.SUFFICIENT,
            incident=Incident.NONE,
            content="-",
            prevention="-",
            other_measures="-",
            sufficiency=Sufficiency.SUFFICIENT,
        ),
        other_risks=STORAGE_OTHER_RISKS,
    ),
    audit=AuditSection(status=checks(Audit.SELF_INSPECTION, Audit.INTERNAL)),
    training=Training(status=Effort.SUFFICIENT, method=TRAINING_METHOD),
    other_risk_measures=f"<中間サーバー・プラットフォームにおける措置>\n{MIDDLE_SERVER_PLATFORM_OTHER_MEASURES}",
)

# ---------------------------------------------------------------------------
# Ⅳ　開示請求、問合せ / Ⅴ　評価実施手続
# ---------------------------------------------------------------------------

S4 = FocusedDisclosure(
    disclosure=FocusedDisclosureRequest(
        requests_to="〒251-8601 藤沢市朝日町1番地の1 藤沢市役所 市民自治部 市民相談情報課 情報公開センター 0466-50-3567",
        method="指定様式による書面の提出により開示・訂正・利用停止請求を受け付ける",
        special_procedure="-",
        not_listed="-",
    ),
    inquiry=Inquiry(
        contact="〒251-8601 藤沢市朝日町1番地の1 藤沢市役所 子ども青少年部 子育て給付課 庶務・医療費給付担当 0466-50-3580",
        handling=(
            "・問い合わせの内容について記録を残す\n"
            "・内容によっては事実確認を行うために、折り返しや文書で対応する"
        ),
    ),
)

S5 = FocusedProcedure(
    basic_assessment=FocusedKisoStep(
        performed_on=wareki("令和7年6月5日"),
        threshold=FocusedThresholdResult.KISO_AND_JUTEN,
    ),
    public_comment=FocusedPublicComment(method="-", period="-", opinions="-"),
    third_party_review=FocusedThirdPartyReview(performed_on="-", method="-", result="-"),
)

assessment = FocusedAssessment(
    cover=Cover(
        number="37",
        title="小児医療費助成に関する事務 重点項目評価書",
        declaration=(
            "藤沢市は、小児医療費助成に関する事務における特定個人情報ファイルの取扱いにあたり、"
            "特定個人情報ファイル取扱いが個人のプライバシー等の権利利益に影響を及ぼしかねないことを認識し、"
            "特定個人情報の漏えいその他の事態を発生させるリスクを軽減するために適切な措置を講じ、"
            "もって個人のプライバシー等の権利利益の保護に取り組んでいることを宣言する。"
        ),
        agency="藤沢市長",
        published=wareki("令和7年7月18日"),
    ),
    s1=S1,
    s2=S2,
    annex1=RECORDS,
    s3=S3,
    s4=S4,
    s5=S5,
    # (別添２) 変更箇所: the 38 rows printed in the document, in printed order, with their
    # texts as in ``henko-rows-fujisawa-sakai.jsonl`` (cells' HTML turned into lines).
    history=(
        # (別添２) row 1
        ChangeRow(
            date=wareki("平成31年2月1日"),
            item="I 基本情報 6. 評価実施機関における担当部署 ②所属長の役職名",
            before="山縣 章宏",
            after="子育て給付課長",
            timing=Timing.AFTER,
            explanation="評価書の様式変更に伴う記載の変更のため、重要な事項に該当しない。",
        ),
        # (別添２) row 2
        ChangeRow(
            date=wareki("平成31年2月1日"),
            item="II 特定個人情報ファイルの概要 3. 特定個人情報の入手・使用 ①入手元",
            before="保健医療総務課",
            after="福祉医療給付課",
            timing=Timing.AFTER,
            explanation="組織改正に伴う課名変更のため、重要な事項に該当しない。",
        ),
        # (別添２) row 3
        ChangeRow(
            date=wareki("平成31年2月1日"),
            item="I 基本情報 5. 情報提供ネットワークシステムによる情報連携※ ②法令上の根拠",
            before="番号法第19条第15号",
            after="番号法第19条第8号",
            timing=Timing.AFTER,
            explanation="番号法改正に伴う記載の変更のため、重要な事項に該当しない。",
        ),
        # (別添２) row 4
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="I 基本情報 1. 特定個人情報ファイルを取り扱う事務 ③ 対象人数",
            before="1万人以上10万人未満",
            after="10万人以上30万人未満",
            timing=Timing.AFTER,
            explanation="その他の項目の変更であり事前の提出・公表が義務付けられない。",
        ),
        # (別添２) row 5
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="II 特定個人情報ファイルの概要 2. 基本情報 ②対象となる本人の数",
            before="1万人以上10万人未満",
            after="10万人以上100万人未満",
            timing=Timing.AFTER,
            explanation="その他の項目の変更であり事前の提出・公表が義務付けられない。",
        ),
        # (別添２) row 6
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="II 特定個人情報ファイルの概要 3. 特定個人情報の入手・使用 ②入手方法",
            before="[○]その他()",
            after="[○]その他(電子申請システムを利用した、本人からの小児医療証にかかる新規申請)",
            timing=Timing.AFTER,
            explanation="脱表記の修正のため、重要な事項に該当しない。",
        ),
        # (別添２) row 7
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="II 特定個人情報ファイルの概要 3. 特定個人情報の入手・使用 ④使用の主体 使用部署",
            before="子育て給付課、市民窓口センター、六会市民センター、片瀬市民センター、明治市民センター、御所見市民センター、遠藤市民センター、長後市民センター、辻堂市民センター、善行市民センター、湘南大庭市民センター、湘南台市民センター、鶴沼市民センター、村岡公民館",
            after="子育て給付課、市民窓口センター、六会市民センター、六会市民センター石川分館、片瀬市民センター、明治市民センター、御所見市民センター、遠藤市民センター、長後市民センター、辻堂市民センター、善行市民センター、湘南大庭市民センター、湘南台市民センター、鶴沼市民センター、村岡公民館",
            timing=Timing.AFTER,
            explanation="脱表記の修正のため、重要な事項に該当しない。",
        ),
        # (別添２) row 8
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="II 特定個人情報ファイルの概要 6. 特定個人情報の保管・消去 保管場所",
            before="正規の方法以外で入室しようとすると、警備システムが作動する。",
            after="削除",
            timing=Timing.AFTER,
            explanation="庁舎管理の取扱いが変更となつたため、重要な事項に該当しない。",
        ),
        # (別添２) row 9
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="II 特定個人情報ファイルの概要 (別添1)特定個人情報ファイル記録項目【レセプト情報】",
            before="21. 被保険者証の記号、被保険者証の番号",
            after="21. 被保険者証の記号、22. 被保険者証の番号",
            timing=Timing.AFTER,
            explanation="脱表記の修正のため、重要な事項に該当しない。",
        ),
        # (別添２) row 10
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="III リスク対策 5. 特定個人情報の提供・移転",
            before="[]提供・移転しない",
            after="[○]提供・移転しない",
            timing=Timing.AFTER,
            explanation="脱表記の修正のため、重要な事項に該当しない。",
        ),
        # (別添２) row 11
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="III リスク対策 5. 特定個人情報の提供・移転に関するルール",
            before="定めている",
            after="削除",
            timing=Timing.AFTER,
            explanation="誤表記の修正のため、重要な事項に該当しない。",
        ),
        # (別添２) row 12
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="III リスク対策 5. 特定個人情報の提供・移転に関するルール ルールの内容及びルール遵守の確認方法",
            before="番号法及び藤沢市個人情報の保護に関する条例に基づいた特定個人情報の目的外利用を禁止し、本業務で提供できる特定個人情報とそれに対応する事務を整理したマニュアルを作成し、それに則って情報提供を行う。",
            after="削除",
            timing=Timing.AFTER,
            explanation="誤表記の修正のため、重要な事項に該当しない。",
        ),
        # (別添２) row 13
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="III リスク対策 5. 特定個人情報の提供・移転 その他の措置の内容",
            before="・予め定められた方法以外での情報提供や移転を行わない ・情報提供できる職員を限定し、定期的に権限者への変更を行う",
            after="削除",
            timing=Timing.AFTER,
            explanation="誤表記の修正のため、重要な事項に該当しない。",
        ),
        # (別添２) row 14
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="III リスク対策 5. 特定個人情報の提供・移転 リスクへの対策は十分か",
            before="十分である",
            after="削除",
            timing=Timing.AFTER,
            explanation="誤表記の修正のため、重要な事項に該当しない。",
        ),
        # (別添２) row 15
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="IIIリスク対策 7. 特定個人情報の保管・消去 特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置 ③物理的な対策",
            before="正規の方法以外で入室しようとすると、警備システムが作動する。",
            after="削除",
            timing=Timing.AFTER,
            explanation="庁舎管理の取扱いが変更となつたため、重要な事項に該当しない。",
        ),
        # (別添２) row 16
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="IIIリスク対策 7. 特定個人情報の保管・消去 特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置 ④紙媒体の保管",
            before="施錠ができる執務室内において、",
            after="削除",
            timing=Timing.AFTER,
            explanation="庁舎管理の取扱いが変更となつたため、重要な事項に該当しない。",
        ),
        # (別添２) row 17
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="IV 開示請求・問合せ 1. 特定個人情報の開示・訂正・利用停止請求 ①請求先",
            before="0466-25-1111(内)2661",
            after="0466-50-3567",
            timing=Timing.AFTER,
            explanation="記載内容の整理のため、重要な事項に該当しない。",
        ),
        # (別添２) row 18
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="IV 開示請求・問合せ 2. 特定個人情報ファイルの取扱いに関する問合せ",
            before="0466-25-1111(内)3831",
            after="0466-50-3580",
            timing=Timing.AFTER,
            explanation="記載内容の整理のため、重要な事項に該当しない。",
        ),
        # (別添２) row 19
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="V 評価実施手続 1. 基礎項目評価 ①実施日",
            before="平成28年9月16日",
            # The document prints 「2020/1/1」 here: an Excel date leaking through.
            after=format_wareki(date(2020, 1, 1)),
            timing=Timing.AFTER,
            explanation="重点項目評価の実施に伴い基礎項目評価を再実施するもの。",
        ),
        # (別添２) row 20
        ChangeRow(
            date=wareki("令和2年3月13日"),
            item="V 評価実施手続 1. 基礎項目評価 ②しきい値判断結果",
            before="基礎項目評価の実施が義務付けられる(任意に重点項目評価を実施)",
            after="基礎項目評価及び重点項目評価の実施が義務付けられる",
            timing=Timing.AFTER,
            explanation="しきい値判断に変更が生じたため、評価を実施するもの。",
        ),
        # (別添２) row 21
        ChangeRow(
            date=wareki("令和3年3月12日"),
            item="II 特定個人情報ファイルの概要 6. 特定個人情報の保管・消去 保管場所(※)",
            before="・入室者のID及び生体認証により入室が可能な部屋に設置したサーバ内に保管する。 ・正規の方法以外で入室をしようとすると、警備システムが作動する。 ・入室、操作できる者を限定。",
            after="・当市では小児医療費助成情報ファイルを電磁的記録媒体で調製しており、以下に示した条件を満たしているサーバ内にデータとして保管している。 ・権限のない者が入室できないよう入退室管理システムによる入退室の制御がなされ、監視カメラにより監視されているサーバ室にサーバを設置している。 ・サーバ室はICカード、生体認証等により、許可された者のみが入室できることとしている。 ・不正アクセス行為の禁止等に関する法律にいうアクセス制御機能によって、ユーザID・生体認証による識別とパスワードによる認証、さらに認証したユーザに対する認可機能によって、そのユーザがシステム上で利用できることを制限することで、認証(ログイン)、認可(処理権限の付与)、監査(ログ運用)を行っている。 ・届出書等の関係帳票類は、入退室管理をする執務室内において、鍵付きキャビネット等で保管している。",
            timing=Timing.AFTER,
            explanation="記載の見直しのため、重要な変更には該当しない。",
        ),
        # (別添２) row 22
        ChangeRow(
            date=wareki("令和3年3月12日"),
            item="III リスク対策 7. 特定個人情報の保管・消去 特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置",
            before=(
                "①特定個人情報が古い情報のまま保管され続けるリスク\n"
                "・当課で保有する個人情報は年度別に管理されているため、過年度と現年度の情報が取り間違う可能性は無い。\n"
                "②二重支給の防止\n"
                "・システム上、個人に対して資格を二重で付与することはできないため、二重支給の防止となっている。\n"
                "・支給対象児童を複数の養育者と紐付けしようとすると警告ができる。一人の児童に対して複数の者が手当を受給できないように防止している。\n"
                "③物理的な対策\n"
                "・入室者のID及び生体認証により入室が可能な部屋に設置したサーバ内に保管する。\n"
                "・入室、操作できる者を限定\n"
                "④紙媒体の保管\n"
                "・届出書等の関係帳票類については、鍵付きキャビネット等で管理している。"
            ),
            after=(
                "<特定個人情報が消去されずいつまでも存在するリスク>\n"
                "保管する情報の種類によりデータ保持年限のある情報については、保存年限を超えると消去される。\n"
                "<物理的な対策>\n"
                "・サーバ室とデータ、プログラム等を含んだ記録媒体及び帳票等の可搬媒体を保管する保管室は、他の部屋とは区別して専用の部屋とする。\n"
                "・出入り口には機械による入退室を管理する設備を設置する。\n"
                "・入退室管理を徹底するため出入口の場所を限定する。\n"
                "・監視設備として監視カメラ等を設置する。\n"
                "・業務用端末は、盗難防止用ワイヤーを設置する。\n"
                "・届出書等の関係帳票類については、鍵付きキャビネット等で管理している。届出書等の関係帳票類については、鍵付きキャビネット等で管理している。"
            ),
            timing=Timing.AFTER,
            explanation="記載の見直しのため、重要な変更には該当しない。",
        ),
        # (別添２) row 23
        ChangeRow(
            date=wareki("令和3年3月12日"),
            item="III リスク対策 7. 特定個人情報の保管・消去 特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置",
            before="",
            after=(
                "<技術的な対策>\n"
                "・コンピュータウイルス監視ソフトを使用し、サーバ、端末双方でウイルスチェックを実施する。また、新種の不正プログラムに対応するために、ウイルスパターンファイルは定期的に更新し、最新のものを使用する。\n"
                "・情報セキュリティホールに連絡する情報(コンピュータウイルス等の有害なソフトウェアに関する情報を含む)を定期的に入手し、機器の情報セキュリティに関する設定の内容が適切であるかどうかを確認する。\n"
                "・不正アクセス防止策として、インターネット及び内部情報系とネットワークを分離することで、セキュリティを担保している。\n"
                "・システム上、個人に対して資格を二重で付与することはできない。\n"
                "・削除・廃棄した記録の保存を行う。"
            ),
            timing=Timing.AFTER,
            explanation="記載の見直しのため、重要な変更には該当しない。",
        ),
        # (別添２) row 24
        ChangeRow(
            date=wareki("令和3年3月12日"),
            item="III リスク対策 9. 従業者に対する教育・啓発 従業者に対する教育・啓発",
            before="・eラーニングによる定期的な情報セキュリティ及び個人情報保護に関する研修を実施。 ・マニュアルを作成し担当者には研修を行う。また、マニュアルは定期的に見直しをする。",
            after="・「マイナンバー制度に係る職員等の教育研修計画」に基づき、個人番号利用事務実施課を対象にした集合研修を実施するとともに、受講者が課内へ研修内容の周知を行っている。また、職員全員を対象に、毎年電子上の机上研修(eラーニング)による個人情報保護及び情報セキュリティに関する研修を実施している。 ・マニュアルを作成し担当者には研修を行う。また、マニュアルは定期的に見直しをする。",
            timing=Timing.AFTER,
            explanation="記載の見直しのため、重要な変更には該当しない。",
        ),
        # (別添２) row 25
        ChangeRow(
            date=wareki("令和3年6月9日"),
            item="II 特定個人情報ファイルの概要 3. 特定個人情報の入手・使用①入手元",
            before="[○]評価実施機関内の他部署（市民税課、生活援護課、保険年金課、福祉医療給付課）",
            after="[○]評価実施機関内の他部署（市民税課、生活援護課、保険年金課、障がい者支援課）",
            timing=Timing.AFTER,
            explanation="組織改正に伴う部課等の名称変更のため重要な変更に当たらない。",
        ),
        # (別添２) row 26
        ChangeRow(
            date=wareki("令和3年12月17日"),
            item="I 基本情報 5. 情報提供ネットワークシステムによる情報連携※ ②法令上の根拠",
            before="番号法第19条第8号",
            after="番号法第19条第9号",
            timing=Timing.AFTER,
            explanation="番号法第19条の改正に伴う変更であり、重要な事項に該当しない。",
        ),
        # (別添２) row 27
        ChangeRow(
            date=wareki("令和3年12月17日"),
            item="III リスク対策 6. 情報提供ネットワークシステムとの接続 リスク①(リスクに対する措置の内容)",
            before="(※2)番号法別表第二及び第19条第14号に基づき、事務手続きごとに情報照会者、情報提供者、照会・提供可能な特定個人情報をリスト化したもの。",
            after="(※2)番号法別表第二及び第19条第9号に基づき、事務手続きごとに情報照会者、情報提供者、照会・提供可能な特定個人情報をリスト化したもの。",
            timing=Timing.AFTER,
            explanation="番号法第19条の改正に伴う変更であり、重要な事項に該当しない。",
        ),
        # (別添２) row 28
        ChangeRow(
            date=wareki("令和4年12月16日"),
            item="IV 開示請求、問合せ 1. 特定個人情報の開示・請求・利用停止請求 ②請求方法",
            before="藤沢市個人情報の保護に関する条例第20条に基づき、請求書を提出する",
            after="指定様式による書面の提出により開示・訂正・利用停止請求を受け付ける",
            timing=Timing.AFTER,
            explanation="その他の項目の変更であり事前の提出・公表が義務付けられない。",
        ),
        # (別添２) row 29
        ChangeRow(
            date=wareki("令和4年12月16日"),
            item="I 基本情報 1. 特定個人情報ファイルを取り扱う事務 ②事務の内容",
            before="右記の記述を追加",
            after="小児医療費助成事業実施要綱(神奈川県)",
            timing=Timing.AFTER,
            explanation="条例改正による審査に関する根拠の追加",
        ),
        # (別添２) row 30
        ChangeRow(
            date=wareki("令和5年12月15日"),
            item="III リスク対策 7. 特定個人情報の保管・消去 特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置",
            before="届出書等の関係帳票類については、鍵付きキャビネット等で管理している。届出書等の関係帳票類については、鍵付きキャビネット等で管理している。",
            after="届出書等の関係帳票類については、鍵付きキャビネット等で管理している。",
            # The document leaves 提出時期 blank in this row (an editorial fix, 重複を削除).
            timing=None,
            explanation="重複を削除",
        ),
        # (別添２) row 31
        ChangeRow(
            date=wareki("令和6年12月19日"),
            item="V 評価実施手続 1. 基礎項目評価 ①実施日",
            before="令和2年1月1日",
            after="令和6年11月20日",
            timing=Timing.AFTER,
            explanation="基礎項目評価を再実施に伴い変更するもの。",
        ),
        # (別添２) row 32
        ChangeRow(
            date=wareki("令和7年7月18日"),
            item="II 特定個人情報ファイルの概要 3. 特定個人情報の入手・使用 ④使用の主体 使用部署",
            before="子育て給付課、市民窓口センター、六会市民センター、六会市民センター石川分館、片瀬市民センター、明治市民センター、御所見市民センター、遠藤市民センター、長後市民センター、辻堂市民センター、善行市民センター、湘南大庭市民センター、湘南台市民センター、鶴沼市民センター、村岡公民館",
            after="子育て給付課、市民窓口センター、六会市民センター、六会市民センター石川分館、片瀬市民センター、明治市民センター、御所見市民センター、遠藤市民センター、長後市民センター、辻堂市民センター、善行市民センター、湘南大庭市民センター、湘南台市民センター、鶴沼市民センター、村岡市民センター",
            timing=Timing.AFTER,
            explanation="令和7年度 組織改正に伴う修正のため重要な変更には該当しない。",
        ),
        # (別添２) row 33
        ChangeRow(
            date=wareki("令和7年7月18日"),
            item="II 特定個人情報ファイルの概要 6. 特定個人情報の保管・消去 保管場所",
            before=(
                "・当市では小児医療費助成情報ファイルを電磁的記録媒体で調製しており、以下に示した条件を満たしているサーバ内にデータとして保管している。\n"
                "・権限のない者が入室できないよう入退室管理システムによる入退室の制御がなされ、監視カメラにより監視されているサーバ室内にサーバを設置している。\n"
                "・サーバ室はICカード、生体認証等により、許可された者のみが入室できることとしている。\n"
                "・不正アクセス行為の禁止等に関する法律にいうアクセス制御機能としては、ユーザID・生体認証による認別とパスワードによる認証、さらに認証したユーザに対する認可機能によって、そのユーザがシステム上で利用できることを制限することで、認証(ログイン)、認可(処理権限の付与)、監査(ログ運用)を行っている。\n"
                "・届出書等の関係帳票類は、入退室管理をする執務室内において、鍵付きキャビネット等で保管している。\n"
                "・中間サーバー・プラットフォームにおける措置\n"
                "・中間サーバー・プラットフォームはデータセンターに設置しており、データセンターへの入館及びサーバ室への入室を厳重に管理する。\n"
                "・特定個人情報は、サーバ室に設置された中間サーバーのデータベース内に保存され、バックアップもデータベース上に保存される。"
            ),
            after=(
                "現行の中間サーバー・プラットフォームにおける措置について、下記内容のとおり、追記・修正する。\n"
                "・中間サーバー・プラットフォームにおける措置\n"
                "①中間サーバー・プラットフォームは、政府情報システムのためのセキュリティ評価制度(ISMAP)に登録されたクラウドサービス事業者が保有・管理する環境に設置し、設置場所のセキュリティ対策はクラウドサービス事業者が実施する。\n"
                "なお、クラウドサービス事業者は、セキュリティ管理策が適切に実施されているほか、次を満たしている。\n"
                "・ISO/IEC27017、ISO/IEC27018 の認証を受けている。\n"
                "・日本国内でデータを保管している。\n"
                "②特定個人情報は、クラウドサービス事業者が保有・管理する環境に構築する中間サーバーのデータベース内に保存され、バックアップもデータベース上に保存される。\n"
                "【消去方法】\n"
                "①特定個人情報の消去は地方公共団体からの操作によって実施されるため、通常、中間サーバー・プラットフォームの事業者及びクラウドサービス事業者が特定個人情報を消去することはない。\n"
                "②クラウドサービス事業者が保有・管理する環境において、障害やメンテナンス等によりディスクやハード等を交換する際は、クラウドサービス事業者において、政府情報システムのためのセキュリティ評価制度(ISMAP)に準拠したデータの暗号化消去及び物理的破壊を行う。さらに、第三者の監査機関が定期的に発行するレポートにより、クラウドサービス事業者において、確実にデータの暗号化消去及び物理的破壊が行われていることを確認する。③中間サーバー・プラットフォームの移行の際は、地方公共団体情報システム機構及び中間サーバー・プラットフォームの事業者において、保存された情報が読み出しきれないよう、データセンターに設置しているディスクやハード等を物理的破壊により完全に消去する。"
            ),
            timing=Timing.BEFORE,
            explanation="自治体中間サーバー・プラットフォーム更改に伴う修正。 地方公共団体情報システム機構発出の通知(地情機第4951号 令和7年5月2日)に本修正に伴う再実施は不要とする旨の記載があったため、修正のみ行った。",
        ),
        # (別添２) row 34
        ChangeRow(
            date=wareki("令和7年7月18日"),
            item="III リスク対策 6.情報提供ネットワークシステムとの接続 情報提供ネットワークシステムとの接続に伴うその他のリスク及びそのリスクに対する措置",
            before=(
                "・中間サーバーの職員認証・権限管理機能では、ログイン時の職員認証の他に、ログイン・ログアウトを実施した職員、時刻、操作内容の記録が実施されるため、不適切な接続端末の操作や、不適切なオンライン連携を抑止する。\n"
                "・情報連携においてのみ、情報提供用個人識別符号を用いることがシステム上担保されており、不正な名寄せが行われるリスクに対応。\n"
                "・中間サーバー・プラットフォームにおける措置\n"
                "・中間サーバーと既存システム、情報提供ネットワークシステムとの間は、高度なセキュリティを維持した行政専用のネットワーク(総合行政ネットワーク等)を利用することにより、安全性を確保する。\n"
                "・中間サーバーと団体についてはVPN等の技術を利用して、団体ごとに通信回線を分離するとともに、通信を暗号化することで安全性を確保する。\n"
                "・中間サーバー・プラットフォームでは、特定個人情報を管理するデータベースを地方公共団体ごとに区分管理(アクセス制御)しており、中間サーバー・プラットフォームを利用する団体であっても他団体が管理する情報には一切アクセスできない。\n"
                "・特定個人情報の管理を地方公共団体のみが行うことで、中間サーバー・プラットフォームの保守・運用を行う事業者における情報漏えい等のリスクを極小化する。"
            ),
            after=(
                "・中間サーバーの職員認証・権限管理機能では、ログイン時の職員認証の他に、ログイン・ログアウトを実施した職員、時刻、操作内容の記録が実施されるため、不適切な接続端末の操作や、不適切なオンライン連携を抑止する。\n"
                "・情報連携においてのみ、情報提供用個人識別符号を用いることがシステム上担保されており、不正な名寄せが行われるリスクに対応。\n"
                "・中間サーバー・プラットフォームにおける措置\n"
                "・中間サーバーと既存システム、情報提供ネットワークシステムとの間は、高度なセキュリティを維持した行政専用のネットワーク(総合行政ネットワーク等)を利用することにより、安全性を確保する。\n"
                "・中間サーバーと団体についてはVPN等の技術を利用して、団体ごとに通信回線を分離するとともに、通信を暗号化することで安全性を確保する。\n"
                "・中間サーバー・プラットフォームでは、特定個人情報を管理するデータベースを地方公共団体ごとに区分管理(アクセス制御)しており、中間サーバー・プラットフォームを利用する団体であっても他団体が管理する情報には一切アクセスできない。\n"
                "・特定個人情報の管理を地方公共団体のみが行うことで、中間サーバー・プラットフォームの事業者及びクラウドサービス事業者における情報漏えい等のリスクを極小化する。"
            ),
            timing=Timing.BEFORE,
            explanation="自治体中間サーバー・プラットフォーム更改に伴う修正。 地方公共団体情報システム機構発出の通知(地情機第4951号 令和7年5月2日)に本修正に伴う再実施は不要とする旨の記載があったため、修正のみ行った。",
        ),
        # (別添２) row 35
        ChangeRow(
            date=wareki("令和7年7月18日"),
            item="III リスク対策 7. 特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置",
            before=(
                "<特定個人情報が消去されずいつまでも存在するリスク>\n"
                "保管する情報の種類によりデータ保持年限のある情報については、保存年限を超える場合は消去される。\n"
                "<物理的な対策>\n"
                "・サーバ室とデータ、プログラム等を含んだ記録媒体及び帳票等の可搬媒体を保管する保管室は、他の部屋とは区別して専用の部屋とする。 ・出入り口には機械による入退室を管理する設備を設置する。 ・入退室管理を徹底するために出入口の場所を限定する。 ・監視設備として監視カメラ等を設置する。 ・業務用端末は、盗難防止用ワイヤーを設置する。 ・届出書等の関係帳票類については、鍵付きキャビネット等で保管する。 <技術的な対策>\n"
                "・コンピュータウイルス監視ソフトを使用し、サーバ・端末双方でウィルスチェックを実施する。また、新種の不正プログラムに対応するために、ウィルスバーチャンファイルは定期的に更新し、最新のものを使用する。 ・情報セキュリティホールに関する情報(コンピュータウイルス等の有害なソフトウェアに関する情報を含む)を定期的に入手し、機器の情報セキュリティに関する設定の内容が適切であるかどうかを確認する。 ・不正アクセス防止策として、インターネット及び内部情報系とネットワークを分離することで、セキュリティを担保している。 ・システム上、個人に対して資格を二重で付与するとはできないため、二重支給の防止となっている。 ・支給対象児童を複数の養育者と紐付けしようとすると警告ができる。一人の児童に対して複数の者が手当を受給できないように防止している。"
            ),
            after=(
                "現行に中間サーバーブラットフォームにおける措置の内容を追記する。\n"
                "<中間サーバー・プラットフォームにおける措置>\n"
                "物理的対策 中間サーバー・プラットフォームは、政府情報システムのためのセキュリティ評価制度(ISMAP)に登録されたクラウドサービス事業者が保有・管理する環境に設置し、設置場所のセキュリティ対策はクラウドサービス事業者が実施する。なお、クラウドサービス事業者は、セキュリティ管理策が適切に実施されているほか、次を満たしている。 ISO/IEC27017、ISO/IEC27018 の認証を受けている。 日本国内でデータを保管している。 技術的対策 ①中間サーバー・プラットフォームではUTM(コンピュータウイルスやハッキングなどの脅威からネットワークを効率的かつ包括的に保護する装置)等を導入し、アクセス制限、侵入検知及び侵入防止を行うとともに、ログの解析を行う。 ②中間サーバー・プラットフォームでは、ウイルス対策ソフトを導入し、バージョンファイルの更新を行う。 ③導入しているOS及びモジュルウェアについて、必要に応じてセキュリティパッチの適用を行う。 ④中間サーバー・プラットフォームでは、政府情報システムのためのセキュリティ評価制度(ISMAP)に登録されたクラウドサービス事業者が保有・管理する環境に設置し、インターネットとは切り離された閉域ネットワーク環境に構築する。 ⑤中間サーバーのデータベースに保存される特定個人情報は、中間サーバー・プラットフォームの事業者及びクラウドサービス事業者がアクセスできないよう制御を講じる。 ⑥中間サーバーと団体についてはVPN等の技術を利用して、団体ごとに通信回線を分離するとともに、通信を暗号化することで安全性を確保している。 中間サーバー・プラットフォームの移行の際は、中間サーバー・プラットフォームの事業者において、移行するデータを暗号化した上で、インターネットを経由しない専用回線を使用し、VPN等の技術を利用して通信を暗号化することでデータ移行を行う。"
            ),
            timing=Timing.BEFORE,
            explanation="自治体中間サーバー・プラットフォーム更改に伴う修正。 地方公共団体情報システム機構発出の通知(地情機第4951号 令和7年5月3日)に本修正に伴う再実施は不要とする旨の記載があつたため、修正のみ行つた。",
        ),
        # (別添２) row 36
        ChangeRow(
            date=wareki("令和7年7月18日"),
            item="III リスク対策 10. その他のリスク対策",
            before="(追加)",
            after=(
                "現行は記載事項がないが、中間サーバーブラットフォームにおける措置の内容を記載する。\n"
                "<中間サーバー・プラットフォームにおける措置>\n"
                "中間サーバー・プラットフォームを活用することにより、政府情報システムのためのセキュリティ評価制度(ISMAP)に登録されたクラウドサービス事業者による高レベルのセキュリティ管理(入退室管理等)、ITリテラシーの高い運用担当者によるセキュリティリスクの低減、及び技術力の高い運用担当者による均一的で安定したシステム運用、監視を実現する。"
            ),
            timing=Timing.BEFORE,
            explanation="自治体中間サーバー・プラットフォーム更改に伴う修正。 地方公共団体情報システム機構発出の通知(地情機第4951号 令和7年5月3日)に本修正に伴う再実施は不要とする旨の記載があつたため、修正のみ行つた。",
        ),
        # (別添２) row 37
        ChangeRow(
            date=wareki("令和7年7月18日"),
            item="II 特定個人情報ファイルの概要 6. 特定個人情報の保管・消去保管場所",
            before=(
                "・当市では小児医療費助成情報ファイルを電磁的記録媒体で調製しており、以下に示した条件を満たしているサーバ内にデータとして保管している。\n"
                "・権限のない者が入室できないよう入退室管理システムによる入退室の制御がなされ、監視カメラにより監視されているサーバ室にサーバを設置している。\n"
                "・サーバ室はICカード・生体認証等により、許可された者のみが入室できることとしている。\n"
                "・不正アクセス行為の禁止等に関する法律にいうアクセス制御機能としては、ユーザID・生体認証による識別とパスワードによる認証、さらに認証したユーザに対する認可機能によって、そのユーザがシステム上で利用できることを制限することで、認証(ログイン)、認可(処理権限の付与)、監査(ログ運用)を行っている。\n"
                "・届出書等の関係帳票類は、入退室管理をする執務室内において、鍵付きキャビネット等で保管している。"
            ),
            after=(
                "現行にガバメントクラウドにおける措置の内容を追記する。\n"
                "<ガバメントクラウドにおける措置>\n"
                "①サーバ等はクラウド事業者が保有・管理する環境に設置し、設置場所のセキュリティ対策はクラウド事業者が実施する。なお、クラウド事業者はISMAPPのリストに登録されたクラウドサービス事業者であり、セキュリティ管理策が適切に実施されているほか、次を満たすものとする。 ISO/IEC27017、ISO/IEC27018 の認証を受けていること。 日本国内でのデータ保管を条件としていること。 ②特定個人情報は、クラウド事業者が管理するデータセンター内のデータベースに保存され、バックアップも日本国内に設置された複数のデータセンターのうち本番環境とは別のデータセンター内に保存される。"
            ),
            timing=Timing.BEFORE,
            explanation="基幹系システム標準化・共通化に伴い、ガバメントクラウドを使用するため、事前に評価の再実施をするもの",
        ),
        # (別添２) row 38
        ChangeRow(
            date=wareki("令和7年7月18日"),
            item="V 評価実施手続 1. 基礎項目評価 ①実施日",
            before="令和6年11月20日",
            after="令和7年6月5日",
            timing=Timing.BEFORE,
            explanation="基幹系システム標準化・共通化に伴い、ガバメントクラウドを使用するため、事前に評価の再実施をするもの",
        ),
    ),
)

# この事務の評価書一式: 基礎項目評価書（重点項目評価書から導出）と重点項目評価書。
from assessments.kiso_answers.fujisawa import basic_document  # noqa: E402

documents = (basic_document(assessment), assessment)
