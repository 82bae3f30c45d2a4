/**
 * GENERATED from the server's OpenAPI document by packages/client/scripts/generate.ts — do not edit.
 * Regenerate with `npx tsx packages/client/scripts/generate.ts` (`--check` verifies it is current).
 */

export interface paths {
    "/api/sign_in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录 Sign in
         * @description Answers the user and a session token, and sets the session cookie (Secure over HTTPS). Repeated failures from one address make the account refuse that address for a while; an unknown username, a wrong password and a throttled attempt all answer the same 10003.
         */
        post: operations["postSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 退出登录 Sign out
         * @description Revokes the caller's session.
         */
        get: operations["getLogout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usermanage/password_modify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改密码 Change own password
         * @description Revokes the user's other sessions. Wrong current passwords are throttled like sign-ins (per account and address).
         */
        post: operations["postUsermanagePasswordModify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usermanage/initialize_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 初始化修改密码 Replace the initial password
         * @description The only route (besides logout) open to a user whose initialized is 0.
         */
        post: operations["postUsermanageInitializeUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usermanage/user_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户列表 List users
         * @description Bank admins see every user; sub-branch admins the users of roles 3–5 in their sub-branch; others are refused.
         */
        get: operations["getUsermanageUserList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usermanage/user_detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户详情 A user's details
         * @description Without userId, the caller's own details.
         */
        get: operations["getUsermanageUserDetail"];
        put?: never;
        /** 编辑用户信息 Edit a user */
        post: operations["postUsermanageUserDetail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usermanage/create_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建用户 Create a user
         * @description The new user gets the configured initial password and must change it at first sign-in.
         */
        post: operations["postUsermanageCreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usermanage/delete_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除用户 Delete a user
         * @description Nobody may delete itself or the last bank admin. The user's sessions end.
         */
        post: operations["postUsermanageDeleteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usermanage/reset_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重置密码 Reset a user's password
         * @description Back to the configured initial password, initialized 0; the user's sessions end.
         */
        post: operations["postUsermanageResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organ/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 新增机构 Add an outlet
         * @description Creates the sub-branch too when its code is new; an existing sub-branch code must come with its current name.
         */
        post: operations["postOrganAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organ/change_name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改机构名字 Rename an outlet and its sub-branch */
        post: operations["postOrganChangeName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organ/change_branch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改归属 Move an outlet to another sub-branch
         * @description The outlet's customers and users move with it.
         */
        post: operations["postOrganChangeBranch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organ/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 合并 Merge an outlet into another
         * @description Moves the outlet's customers and users to newOutletCode (another outlet: the same code answers 10001), then deletes the outlet.
         */
        post: operations["postOrganMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organ/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除 Delete an outlet or an empty sub-branch
         * @description Refused (10008) while customers or users still belong to it: merge the outlet instead.
         */
        post: operations["postOrganDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organ/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机构列表 List outlets */
        get: operations["getOrganList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organ/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 机构详情 An outlet's details
         * @description Who created and last changed the outlet, and when (YYYY-MM-DD HH:mm:ss, bank time zone).
         */
        get: operations["getOrganDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/new_params": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 支行列表 Sub-branches with their outlets
         * @description The part of the organisation tree inside the caller's scope, for user forms.
         */
        get: operations["getNewParams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/updatedatainitialize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 初始化上传 Open a fresh upload batch for a type
         * @description Drops the type's staged (not yet applied) files, right and wrong. Bank admins only.
         */
        post: operations["postUpdatedatainitialize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/upload_update_data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传文件 Upload and validate a file
         * @description multipart/form-data with `file` (CSV or XLSX, at most 200 MiB) and optionally `type` (the API document sends none): without it the type is told from the header row (the type whose required columns are all there); a header matching no type answers 10001 on `type`. Every row is validated at once. `status` is the new file's id, or 0 when the file was rejected; a rejected file keeps its errors and is listed by /api/updatedatastatus/all. `errors` holds the first 100 row errors; `errorCount` counts them all. A right file's `counts` say what applying it would change against the data served now: new and duplicate rows (trade_flow, financial_trade), or new, changed, unchanged and removed rows (the other types). Bank admins only.
         */
        post: operations["postUploadUpdateData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/updatedatastatus/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 全部更新状态 Staged files and update times of every type
         * @description One entry per upload type, in upload order. Times are epoch milliseconds. Bank admins only.
         */
        get: operations["getUpdatedatastatusAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/updatedatabutton": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新数据 Apply a type's right files
         * @description All or nothing: the listed files become a new data version, portraits are recomputed, then readers switch. On failure the previous data stays served and /api/organ/status says why. `ids` are file ids as numbers or numeric text. 30004 while another update or recompute runs. Bank admins only.
         */
        post: operations["postUpdatedatabutton"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organ/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 数据更新状态 State of the last update or recompute
         * @description status 0: idle (the last run succeeded, or none ran), 1: running, 2: the last run failed (the previous data is still served; `message` says why). Times are epoch milliseconds.
         */
        get: operations["getOrganStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organ/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 计算并更新 Recompute the portraits from the current data
         * @description Answers 30004 while another update or recompute runs. Bank admins only.
         */
        post: operations["postOrganUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业画像详情 A customer's portrait
         * @description Figures of the active data version (docs/portrait.md). A figure without any value behind it (no transaction of that direction in the window) is null rather than zeros. Every balance triple is numbers ([max, min, avg], yuan). `financialProduct` lists the customer's current holdings (the holding file) with their products (the product file), soonest maturity first. `recommand`: the best-scored products on sale on D that the customer does not hold (at most 5, with score and reasons); `top5Product`: the products on sale on D bought most (amount) in the bank in the 30 days up to D. A customer outside the caller's scope, or any customer before the first update, answers 10007.
         */
        get: operations["getCompanyDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/detail_1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业详情 (superseded) A customer's portrait in the old shape
         * @deprecated
         * @description The 回收站 shape of /api/company/detail, from the same read model: figures without `branchRank` and `outletRank`, and `financialProduct` entries as {name, share, risk, term, deadline, interestRate, instructionId}. `share` (万元) and `interestRate` (% a year) are numbers, as in /api/company/detail; `instructionId` is the product's manual link, else its product code. `recommand` holds the same products as /api/company/detail's, in the old text shape; `preference` is /api/company/detail's. Scoped like /api/company/detail. Use /api/company/detail.
         */
        get: operations["getCompanyDetail1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 搜索理财客户信息 Search customers in scope
         * @description Customers of the caller's scope whose code or name contains the keyword (case-insensitive), ordered by code. `category` is the id of /api/params as the API document types it here (label in `categoryName`).
         */
        get: operations["getCompanySearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/suggestion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 模糊搜索企业编号或名称 Suggest customers by code or name
         * @description Up to `limit` (default 10; more than 50 is served as 50) customers of the caller's scope whose code or name contains the keyword.
         */
        get: operations["getCompanySuggestion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/trade_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看历史交易记录 A customer's wealth-product trades
         * @description The customer's wealth-product trades (the financial_trade upload: 认购, 申购, 赎回, 到期兑付) of the active data version, newest first (trades of the same time: the later uploaded first), paged. Money in 万元. Scoped like /api/company/detail: a customer outside the caller's scope answers 10007.
         */
        get: operations["getCompanyTradeHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新企业联系人 Correct a customer's contact person and phone
         * @description Any signed-in user may correct the contact of a customer in its scope; outside the scope, or before the first data update, answers 10007. The edit survives uploads and recomputes and shows in /api/company/detail until a newer customer file changes the linkman or phone it replaced (the newer change wins). Answers the contact now shown.
         */
        post: operations["postCompanyContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 通过产品id获取推荐企业客户 Customers for a product
         * @description Customers of the caller's scope for whom the product passes the same hard rules as the portrait's `recommand`: on sale on the analysis date D, not held by the customer, suitable (risk level within the customer's tolerance: riskRating, else its risk preference) and feasible (starting amount within its idle funds or largest purchase); by the same score (0–100) descending, then code. A product not on sale on D lists no one; a product missing from the active product file answers 10007. As the API document types them on this route, `riskPreference` is a number array ([3] for R3, the text in `riskLevel`) and `category` the id of /api/params (the label in `categoryName`).
         */
        get: operations["getCompanyMatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/match_1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取推荐企业 (superseded) Customers for a product, old shape
         * @deprecated
         * @description The 回收站 shape of /api/company/match: the same ranking, rows without code, score and reasons. `riskPreference` is a number array ([3] for R3) and `category` the label, as the API document types them here. Use /api/company/match.
         */
        get: operations["getCompanyMatch1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/match_model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 推荐模型 The learned matching score
         * @description The score of `recommand` and `/api/company/match` is learned at each update from the bank's purchases: a conditional logit over the products a customer could buy at each past purchase, on revealed preferences (risk, term, rate, amount of what it bought, recency-weighted), its declared rating and funds, popularity and co-purchases (`weights` names each feature). Its prior is centred on a baseline of four weights, the rule score beside the bank's popularity (`baseline`). It is fitted on purchases before `cutoff` and checked on those after it against the baseline, for customers with a history (warm) and first purchases (cold). `mode` baseline means the baseline scores alone (too few purchases for the full model, or the model did not do better); rules means the rule score alone (too little history to weigh anything).
         */
        get: operations["getCompanyMatchModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/recommand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 搜索筛选 Search customers by preferences
         * @description Every given criterion must hold; a list matches any of its ids (as /api/params lists them: risk 1–5, amount 1–5, cycle 1–4, category 1–6, feature 1–7). Empty, null or absent fields do not filter. branchId / outletId narrow the caller's scope (outside it: no rows). Ordered by idle funds descending (customers without balances last), then code. An id naming nothing answers 10001 with the field.
         */
        post: operations["postCompanyRecommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/params": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 搜索筛选参数 Search form options
         * @description Ids are strings, as the API document gives them. Sub-branches and outlets are those inside the caller's scope.
         */
        get: operations["getParams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本行在售产品库 Our product library
         * @description Every product of the active product file (our catalogue, past products included), in file order, whose code or name contains the keyword. Dates are YYYY-MM-DD text as the document types them.
         */
        get: operations["getProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products_1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 现有在售产品库/TOP5产品 (superseded)
         * @deprecated
         * @description The 回收站 shape. Without `comanyId` (sic): the first `limit` products of the library. With it: that customer's recommendations (as the portrait's `recommand`, at most 5), scoped like /api/company/detail (outside the caller's scope answers 10007). `bankName` is 本行. Use /api/products and /api/company/detail.
         */
        get: operations["getProducts1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financial/today_products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 今日在售理财产品 Our products on sale today
         * @description Products of the active product file whose sales window (salesStart … salesEnd, inclusive) contains today, the server clock's date in the bank's time zone, in file order, filtered by code or name. `productId` is the product's 1-based position in the file.
         */
        get: operations["getFinancialTodayProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financial/peer_products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 同业在售理财产品 Other banks' products
         * @description Rows of the active peer_product file in file order, filtered by product code or name. `expectedInterestRate` is a number, as in today_products (the document types it as text here).
         */
        get: operations["getFinancialPeerProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/product/suggestion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 模糊搜索产品代码 Suggest products by code or name
         * @description Up to `limit` (default 10, more than 50 served as 50) products of the library whose code or name contains the keyword; `id` is the product code (what /api/company/match takes as `code`).
         */
        get: operations["getProductSuggestion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/recent_products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取近期持有到期产品 Holdings maturing inside the warning window
         * @description Current holdings (the holding file) of customers in the caller's scope whose expiry date lies in [today − start, today + end] days, both ends included, with start and end from /api/company/configrecent (default 0 and 40). Today is the server's date in the bank's time zone (BANK_TIMEZONE). Soonest expiry first, then by customer code and product code. Balances in 万元. Empty before the first data update.
         */
        get: operations["getCompanyRecentProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/configrecent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取预警设置 The maturity warning window
         * @description Holdings maturing in [today − start, today + end] days are warned about (/api/company/recent_products). Until a bank admin sets a window the configured default answers (start 0, end 40).
         */
        get: operations["getCompanyConfigrecent"];
        put?: never;
        /**
         * 设置到期预警时间 Set the maturity warning window
         * @description Bank admins only (others: 10006). Integers, 0 ≤ start ≤ 366 and 1 ≤ end ≤ 366; a bad value answers 10001 naming the field. The next /api/company/recent_products uses the new window. Answers the window saved.
         */
        post: operations["postCompanyConfigrecent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financial/hold_products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 持有产品查询 Holdings of the customers in scope
         * @description Current holdings (the holding file of the active data version) of customers in the caller's scope. `keyword` matches customer code or name, product code or name (contains, case-insensitive). `branchId` and `outletId` narrow the list inside the caller's scope; an unknown id, one outside the scope, or an outlet of another sub-branch answers an empty list. Soonest expiry first, then customer code and product code.
         */
        get: operations["getFinancialHoldProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financial/trade_flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 交易流水查询 Wealth-product trades of the customers in scope
         * @description Wealth-product trades (认购, 申购, 赎回, 到期兑付) of the active data version of customers in the caller's scope, newest first (trades of the same time: the later uploaded first). `keyword` matches customer code or name, product code or name. `branchId` and `outletid` (spelt so in the API document; `outletId` too) narrow inside the scope as in /api/financial/hold_products; `outletid` and `outletId` naming two outlets answer 10001. Amounts in 万元.
         */
        get: operations["getFinancialTradeFlow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 画像分析设置 The portrait analysis settings
         * @description The settings the next recompute applies. The portraits served were computed with the settings in force at their recompute, shown in each portrait's `analysis` (/api/company/detail).
         */
        get: operations["getSettingsAnalysis"];
        put?: never;
        /**
         * 设置画像分析 Change the portrait analysis settings
         * @description Bank admins only (others: 10006). Fields left out keep their current value. A bad value answers 10001 naming the field, and nothing changes. The settings are saved at once and apply at the next recompute: the next data update, or 计算并更新 (POST /api/organ/update). Answers the settings saved.
         */
        post: operations["postSettingsAnalysis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计日志 The audit trail
         * @description Newest first. Bank admins read every event; sub-branch admins the events of their sub-branch's staff; other roles are refused (10006). Events past the retention period (AUDIT_RETENTION_DAYS) are gone.
         */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/marketing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取营销记录 A customer's marketing records
         * @description Records of a customer in the caller's scope, newest 营销时间 first: all of them for admins (roles 1 and 3), the caller's own for relationship managers. A customer outside the scope answers 10007.
         */
        get: operations["getCompanyMarketing"];
        /**
         * 编辑营销记录 Edit a marketing record
         * @description Takes the record's `id` and the fields to change (createTime, type, remark; absent ones are kept). The author or an admin whose scope holds the customer may edit; anyone else gets 10007. Answers the record.
         */
        put: operations["putCompanyMarketing"];
        /**
         * 添加营销记录 Record a marketing contact
         * @description Any signed-in user records a contact with a customer of its scope; the caller is the author (营销人员). createTime: from 2000 up to a day after now. Answers the record.
         */
        post: operations["postCompanyMarketing"];
        /**
         * 删除营销记录 Delete a marketing record
         * @description Takes the record's `id` in the body (JSON or form, as the other routes). The author or an admin whose scope holds the customer may delete; anyone else, or an unknown id, gets 10007.
         */
        delete: operations["deleteCompanyMarketing"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/focus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 重点关注客户列表 The caller's focus list
         * @description The caller's focused customers still in its scope, most recently added first, with their preferences (the same fields as the matching lists). Empty before the first data update.
         */
        get: operations["getCompanyFocus"];
        put?: never;
        /**
         * 编辑重点关注客户 Add a customer to, or remove it from, the caller's focus list
         * @description 编辑类型: 0 取关 (remove), 1 关注 (add). Idempotent: adding twice keeps the first time, removing a customer not on the list succeeds.
         */
        post: operations["postCompanyFocus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/history_top": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 历史购买产品-top Products bought most (认购+申购)
         * @description The caller's scope, narrowed by branchId / outletId (an id outside the scope gives an empty list); largest first, ties by product code.
         */
        get: operations["getStatisticsHistoryTop"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/history_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 历史购买产品-统计列表 Wealth purchases and redemptions per organisation
         * @description Rows: the sub-branches in the caller's scope; with branchId that sub-branch's outlets, with outletId that outlet (outlet staff always see their outlet). keyword matches the organisation's name or code. Wealth trades (financial_trade) of the rows' customers with trade time in [starttime, endtime].
         */
        get: operations["getStatisticsHistoryList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/hold_top": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前持有产品-top Products held most (current balance)
         * @description The caller's scope, narrowed by branchId / outletId (an id outside the scope gives an empty list); largest first, ties by product code.
         */
        get: operations["getStatisticsHoldTop"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/hold_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前持有产品-统计列表 Current holdings per organisation
         * @description Rows: the sub-branches in the caller's scope; with branchId that sub-branch's outlets, with outletId that outlet (outlet staff always see their outlet). keyword matches the organisation's name or code. Current holding balances (the holding file) by the product's type 保本 / 非保本 / 结构性.
         */
        get: operations["getStatisticsHoldList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 登录情况统计列表 Accounts and sign-ins per organisation
         * @description Rows: the sub-branches in the caller's scope; with branchId that sub-branch's outlets, with outletId that outlet (outlet staff always see their outlet). keyword matches the organisation's name or code. Accounts: users assigned to the organisation (a sub-branch's own staff count for the sub-branch); signed in: at least one successful sign-in in [starttime, endtime].
         */
        get: operations["getStatisticsLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/conversion_rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 转化率统计列表 Conversion of marketing contacts per organisation
         * @description Rows as the other statistics lists. Month M: recommended = distinct customers of the organisation with a marketing record in M; converted = those with a 认购/申购 on or after their first record in M and inside M; the year figures count the same over January to this month.
         */
        get: operations["getStatisticsConversionRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/listed_company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取上市企业客户列表 Listed-company prospects
         * @description Prospects whose name or id contains the keyword (case-insensitive; blank or absent lists all — the document marks it required), ordered by id.
         */
        get: operations["getListedCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/listed_company/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取上市企业详情 A listed-company prospect with its shareholders
         * @description listedCompanyId is required (the document marks it optional). belongsToBranch, belongsToOutlet and basicInfoCode come from the linked customer (empty when it is not our customer). The two flags are booleans.
         */
        get: operations["getListedCompanyDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/download/get_download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载 Download a finished export
         * @description Streams the XLSX file; 10007 for another user's or an unknown task, 30006 while it is not ready.
         */
        get: operations["getDownloadGetDownload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/download/download_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载列表 The caller's exports
         * @description The caller's export tasks, newest first; files are kept for the retention (default 7 days).
         */
        get: operations["getDownloadDownloadList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/download/create_download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建下载 Queue an export of a whole list as XLSX
         * @description type: 1 已购买价值客户, 2 未购买潜力客户, 3 产品推荐客户, 4 理财到期预警, 5 持有产品查询, 6 流水交易查询, 7 今日在售理财产品, 8 我行在售理财产品, 9 同行在售理财产品, 10 当前持有产品统计, 11 历史购买产品统计, 12 转化率统计, 13 登录数据统计, 14 未登录详情, 15 上市企业, 16 转化率统计-导出本月新增, 17 转化率统计-导出本年新增, 18 搜索客户, 19 营销按月, 20 营销按年, 21 登录详情, 22 审计日志. info: the list's parameters (paging is ignored: every row in the caller's scope is exported). Types without a list in the document (columns in the README's export section): 14 未登录详情 — info starttime, endtime, branchId, outletId as /api/statistics/login; columns 账号, 姓名, 角色, 所属支行, 所属网点, 创建时间: the accounts counted as 未登录 there. 21 登录详情 — same info; 登录时间, 账号, 姓名, 角色, 所属支行, 所属网点, 结果: every sign-in attempt of those accounts in the period, oldest first. 16 / 17 转化率 本月 / 本年新增 — info branchId, outletId as /api/statistics/conversion_rate; 企业编号, 企业名称, 所属支行, 所属网点, 首次营销时间, 营销情况, 营销人员, 购买时间, 产品代码, 产品名称, 金额（万元）: one row per converted customer (its first record of the period and first purchase after it). 19 / 20 营销按月 / 按年 — info month YYYY-MM / year YYYY (default: this one), branchId, outletId; 营销时间, 企业编号, 企业名称, 所属支行, 所属网点, 营销情况, 详细, 营销人员: the marketing records of the period (a relationship manager's own). 22 审计日志 (ours) — info userId, kind, start, end as /api/audit, with its scope rule (bank and sub-branch admins only, 10006 otherwise); 时间, 事件, 结果, 用户ID, 账号, 角色, 支行ID, 网点ID, 来源地址, 对象, 详情.
         */
        post: operations["postDownloadCreateDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SignInData: {
            userId: number;
            username: string;
            name: string;
            /**
             * @description 1 bank admin (分行管理员), 2 bank RM (分行客户经理), 3 sub-branch admin (支行管理员), 4 outlet RM (网点客户经理), 5 sub-branch RM (支行客户经理)
             * @enum {number}
             */
            role: 1 | 2 | 3 | 4 | 5;
            /** @description name of the user's outlet, sub-branch, or 分行 for bank roles */
            organ: string;
            branchId: number | null;
            outletId: number | null;
            /**
             * @description 1 active; 0 only for an account locked before sign-ins were throttled per client address instead
             * @enum {number}
             */
            status: 0 | 1;
            /**
             * @description 0 until the initial password was changed
             * @enum {number}
             */
            initialized: 0 | 1;
            /** @description epoch milliseconds */
            createTime: number;
            creatorUsername: string;
            creatorName: string;
            /** @description bearer token; also set as the HttpOnly cookie wm_session */
            token: string;
        };
        User: {
            userId: number;
            username: string;
            name: string;
            /**
             * @description 1 bank admin (分行管理员), 2 bank RM (分行客户经理), 3 sub-branch admin (支行管理员), 4 outlet RM (网点客户经理), 5 sub-branch RM (支行客户经理)
             * @enum {number}
             */
            role: 1 | 2 | 3 | 4 | 5;
            /** @description name of the user's outlet, sub-branch, or 分行 for bank roles */
            organ: string;
            branchId: number | null;
            outletId: number | null;
            /**
             * @description 1 active; 0 only for an account locked before sign-ins were throttled per client address instead
             * @enum {number}
             */
            status: 0 | 1;
            /**
             * @description 0 until the initial password was changed
             * @enum {number}
             */
            initialized: 0 | 1;
            /** @description epoch milliseconds */
            createTime: number;
            creatorUsername: string;
            creatorName: string;
        };
        OutletRow: {
            outletId: number;
            /** @description 网点名称 */
            outletName: string;
            /** @description 网点编号 */
            outletCode: string;
            branchId: number;
            /** @description 归属支行名称 */
            branchName: string;
            /** @description 归属支行编号 */
            branchCode: string;
        };
        UploadRowError: {
            /** @description row as a spreadsheet shows it: the header is row 1 */
            row: number;
            /** @description column name; empty when the row as a whole is wrong */
            column: string;
            /** @description the cell as uploaded, at most 100 characters */
            value: string;
            reason: string;
        };
        /** @description a right file's rows against the data served when it was uploaded (an apply in between may differ) */
        UploadCounts: {
            /** @description rows whose natural key is not served now */
            new: number;
            /** @description trade_flow / financial_trade: rows served already (same natural key), which the apply drops */
            duplicate?: number;
            /** @description snapshot types: keys served now whose row this file changes */
            changed?: number;
            /** @description snapshot types: keys served now with the very same row */
            unchanged?: number;
            /** @description snapshot types: rows served now whose key this file leaves out */
            removed?: number;
        };
        UploadTypeStatus: {
            type: string;
            /** @description 0 never applied, 1 applied, 2 being applied now, 3 the last apply of this type failed */
            updateStatus: number;
            uploadStatus: {
                right: number;
                wrong: number;
                /** @description 成功文件的ID */
                rightList: number[];
                /** @description 失败文件的名字 */
                wrongList: string[];
                /** @description each wrong file with its errors */
                wrongFiles: components["schemas"]["WrongFile"][];
                /** @description each right file with its new and duplicate row counts */
                rightFiles?: components["schemas"]["RightFile"][];
            };
            /** @description last upload, epoch ms */
            uploadTime: number | null;
            /** @description last successful apply, epoch ms */
            updateTime: number | null;
        };
        WrongFile: {
            id: number;
            fileName: string;
            errorCount: number;
            errors: components["schemas"]["UploadRowError"][];
            fileErrors: string[];
        };
        RightFile: {
            id: number;
            fileName: string;
            /** @description data rows read */
            rows: number;
            counts?: components["schemas"]["UploadCounts"];
        };
        UpdateResult: {
            /**
             * @description 1: applied and switched
             * @enum {number}
             */
            status: 1;
            /** @description the data version now served */
            version: number;
            customers: number;
            transactions: number;
        };
        FinancialProduct: {
            /** @description 产品代码 */
            productCode: string;
            /** @description 理财产品名称; null when the product is not in the current product file */
            productName: string | null;
            /** @description 投资期限, the product's term: 182天 */
            investmentPeriod: string | null;
            /** @description 赎回/到期日: the holding's expiryDate, epoch ms of its midnight in the bank's time zone */
            deadline: number;
            /** @description 风险评级 R1–R5 */
            riskLevel: string | null;
            /** @description 业绩基准: the product's expected rate, % a year */
            interestRate: number | null;
            /** @description 持有份额: the holding's balance in 万元 (a number here and in detail_1) */
            share: number;
        };
        TradeStream: {
            hourBalance: components["schemas"]["BalanceFigure"] | null;
            monthBalance: components["schemas"]["BalanceFigure"] | null;
            trade: components["schemas"]["TradeFigure"] | null;
        };
        /** @description 时点余额 or 月日均余额 in yuan; null when no value is behind it */
        BalanceFigure: {
            /** @description [max, min, avg] */
            balance: number[];
            /**
             * @description 波动程度
             * @enum {string}
             */
            fluctuationDegree: "低" | "中" | "高" | "无";
            /** @description 排名 (bank-wide, 1 = highest) */
            rank: number;
            /** @description 支行排名 */
            branchRank: number;
            /** @description 网点排名 */
            outletRank: number;
            /** @description 等级 1–5, the bank-wide quintile */
            level: number;
        };
        /** @description 交易; null when the customer has no transaction */
        TradeFigure: {
            /** @description 交易金额 per month (yuan) [max, min, avg] */
            amount: number[];
            /** @description 交易笔数 per month [max, min, avg] */
            quantity: number[];
            /**
             * @description 波动程度
             * @enum {string}
             */
            amountFluctuationDegree: "低" | "中" | "高" | "无";
            /**
             * @description 波动程度
             * @enum {string}
             */
            quantityFluctuationDegree: "低" | "中" | "高" | "无";
            /** @description 排名 (bank-wide, 1 = highest) */
            rank: number;
            /** @description 支行排名 */
            branchRank: number;
            /** @description 网点排名 */
            outletRank: number;
            /** @description 等级 1–5, the bank-wide quintile */
            level: number;
        };
        /** @description 行内占比, 0–1 to four decimals */
        InnerScale: {
            trade: number;
            quantity: number;
            borrowTrade: number;
            borrowQuantity: number;
            lendTrade: number;
            lendQuantity: number;
        };
        AnalysisBasis: {
            /** @description analysis date D, YYYY-MM-DD */
            analysisDate: string | null;
            /**
             * @description latestTrade: D is the latest trade date in the data; fixed: the date set in /api/settings/analysis
             * @enum {string}
             */
            analysisDateSource: "latestTrade" | "fixed";
            /** @description first day of the window (the 12 calendar months ending with D's month), YYYY-MM-DD */
            windowFirst: string | null;
            /** @description last day of the window: D */
            windowLast: string | null;
            /** @description 波动程度: a CV below this is 低 */
            lowThreshold: number;
            /** @description below this 中, otherwise 高; a mean of 0 is 无 */
            mediumThreshold: number;
            /** @description counterpartyBank values counted as in-bank (行内) for innerScale, besides an empty one */
            ourBankCodes: string[];
            /**
             * @description balances are the customer's total over all its accounts (docs/portrait.md)
             * @enum {string}
             */
            balanceBasis: "sumOfAccounts";
            /**
             * @description money in yuan with two decimals, rounded half away from zero from the exact value
             * @enum {string}
             */
            moneyUnit: "yuan";
        };
        Preference: {
            /** @description false: 未购买, preferences inferred from transactions */
            bought: boolean;
            /** @description 投资风险偏好 1–5 */
            risk: number;
            /** @description 金额偏好 */
            amount: string;
            /** @description 周期偏好 */
            cycle: string;
            /** @description 投资利率偏好 (% a year); null when not bought */
            interestRate: {
                min: number;
                max: number;
            } | null;
            /** @description 推荐触达渠道 */
            channel: string | null;
            /** @description 企业分类 */
            category: string;
            /** @description 理财特征 */
            features: string[];
        };
        RecommendedProduct: {
            /** @description 产品代码 */
            productCode: string;
            /** @description 理财产品名称 */
            productName: string;
            /** @description 投资期限: the term, 182天 */
            investmentPeriod: string;
            /** @description 赎回/到期日: expiryDate, YYYY-MM-DD */
            deadline: string;
            /** @description 成立日期: valueDate (起息日), YYYY-MM-DD */
            createTime: string;
            /** @description 风险评级 R1–R5 */
            riskLevel: string;
            /** @description 业绩基准: expected rate, % a year */
            interestRate: number;
            /** @description 备注 (empty when none) */
            remark: string;
            /** @description 交易时间: first day of sale, YYYY-MM-DD */
            tradeTime: string;
            /** @description 申购期: the sales window, YYYY-MM-DD至YYYY-MM-DD */
            applyTime: string;
            /** @description 下载链接: the product manual URL (empty when none) */
            downloadUri: string;
            /** @description 下载链接是否存在 */
            downloadUriFlag: boolean;
            /** @description 金额（期限）分段: starting amount and term, 5万元起/182天 */
            amount: string;
            /** @description 产品类型: 保本 / 非保本 / 结构性 */
            productType: string;
            /** @description 匹配度 0–100 */
            score: number;
            /** @description 推荐理由 */
            reasons: string[];
        };
        TopProduct: {
            /** @description 产品代码 */
            productCode: string;
            /** @description 理财产品名称 */
            productName: string;
            /** @description 投资期限: the term, 182天 */
            investmentPeriod: string;
            /** @description 赎回/到期日: expiryDate, YYYY-MM-DD */
            deadline: string;
            /** @description 成立日期: valueDate (起息日), YYYY-MM-DD */
            createTime: string;
            /** @description 风险评级 R1–R5 */
            riskLevel: string;
            /** @description 业绩基准: expected rate, % a year */
            interestRate: number;
            /** @description 备注 (empty when none) */
            remark: string;
            /** @description 交易时间: first day of sale, YYYY-MM-DD */
            tradeTime: string;
            /** @description 申购期: the sales window, YYYY-MM-DD至YYYY-MM-DD */
            applyTime: string;
            /** @description 下载链接: the product manual URL (empty when none) */
            downloadUri: string;
            /** @description 下载链接是否存在 */
            downloadUriFlag: boolean;
            /** @description 金额（期限）分段: starting amount and term, 5万元起/182天 */
            amount: string;
            /** @description 产品类型: 保本 / 非保本 / 结构性 */
            productType: string;
            /** @description 销售话术 (empty when none) */
            marketingSkills: string;
        };
        LegacyFinancialProduct: {
            /** @description 理财产品名 */
            name: string | null;
            /** @description 持有份额 (万元) */
            share: number;
            /** @description 风险 R1–R5 */
            risk: string | null;
            /** @description 期限: 182天 */
            term: string | null;
            /** @description 截止日期: the holding's expiryDate, epoch ms */
            deadline: number;
            /** @description 利率 (% a year) */
            interestRate: number | null;
            /** @description 产品说明书Id: manualUrl, else productCode */
            instructionId: string;
        };
        LegacyTradeStream: {
            hourBalance: components["schemas"]["LegacyBalanceFigure"] | null;
            monthBalance: components["schemas"]["LegacyBalanceFigure"] | null;
            trade: components["schemas"]["LegacyTradeFigure"] | null;
        };
        LegacyBalanceFigure: {
            /** @description [max, min, avg] */
            balance: number[];
            /**
             * @description 波动程度
             * @enum {string}
             */
            fluctuationDegree: "低" | "中" | "高" | "无";
            /** @description 排名 (bank-wide, 1 = highest) */
            rank: number;
            /** @description 等级 1–5, the bank-wide quintile */
            level: number;
        };
        LegacyTradeFigure: {
            /** @description [max, min, avg] */
            amount: number[];
            /** @description [max, min, avg] */
            quantity: number[];
            /**
             * @description 波动程度
             * @enum {string}
             */
            amountFluctuationDegree: "低" | "中" | "高" | "无";
            /**
             * @description 波动程度
             * @enum {string}
             */
            quantityFluctuationDegree: "低" | "中" | "高" | "无";
            /** @description 排名 (bank-wide, 1 = highest) */
            rank: number;
            /** @description 等级 1–5, the bank-wide quintile */
            level: number;
        };
        LegacyRecommendation: {
            /** @description 理财产品名 */
            name: string;
            /** @description 利率: 3.25% */
            interestRate: string;
            /** @description 风险 R1–R5 */
            risk: string;
            /** @description 期限: 182天 */
            term: string;
            /** @description 下载链接 (empty when none) */
            downloadUri: string;
            /** @description 产品说明书Id: manualUrl, else productCode */
            instructionId: string;
        };
        CompanySearchRow: {
            /** @description 企业编号 (same as code) */
            id: string;
            /** @description 企业编号 */
            code: string;
            /** @description 企业名称 */
            companyName: string;
            /** @description 所属网点 (name) */
            belongsToOutlet: string;
            /** @description 所属支行 (name) */
            belongsToBranch: string;
            /** @description 投资风险偏好 R1–R5 (text everywhere) */
            riskPreference: string;
            /** @description 投资金额偏好 */
            amountPreference: string;
            /** @description 投资周期偏好 */
            cyclePreference: string;
            /** @description 投资利率偏好: 2.1%-3.25%; null when the customer has not bought */
            interestRatePreference: string | null;
            /** @description 企业分类: the id of /api/params (1–3 bought, 4–6 not bought) */
            category: number;
            /** @description 企业分类 (label) */
            categoryName: string;
            /** @description 沉淀资金 (yuan) */
            idleFunds: number | null;
            /** @description 月日均余额 avg (yuan) */
            monthBalance: number | null;
            /** @description 时点余额等级 1–5 */
            hourBalanceLevel: number | null;
            /** @description 月日均余额等级 1–5 */
            monthBalanceLevel: number | null;
            /** @description 交易等级 1–5 */
            tradeLevel: number | null;
        };
        TradeHistoryRow: {
            /** @description 交易id (tradeId) */
            id: string;
            /** @description 交易日期: epoch ms of the trade time in the bank's time zone */
            tradeTime: number;
            /** @description 起息日期, epoch ms; null when not given */
            valueTime: number | null;
            /** @description 到期日期, epoch ms; null when not given */
            expiryTime: number | null;
            /** @description 业务种类: 认购 / 申购 / 赎回 / 到期兑付 */
            businessType: string;
            /** @description 理财产品代码 */
            productCode: string;
            /** @description 理财产品名称; null when the product is not in the current product file */
            productName: string | null;
            /** @description 收益率 (% a year) */
            interestRate: number | null;
            /** @description 理财余额 after the trade (万元) */
            balance: number | null;
            /** @description 全部赎回标志 1 / 0 */
            allRedeemFlag: (0 | 1) | null;
            /** @description 交易渠道: 网银 / 手机银行 / 柜台 */
            tradeChannel: string;
            /** @description 理财交易金额 (万元) */
            financialTradeAmount: number;
        };
        MatchingCustomer: {
            /** @description 企业id (the customer code) */
            id: string;
            /** @description 企业编号 */
            code: string;
            /** @description 企业名称 */
            companyName: string;
            /** @description 所属支行 (name) */
            belongsToBranch: string;
            /** @description 所属网点 (name) */
            belongsToOutlet: string;
            /** @description 投资风险偏好 R1–R5 (text everywhere) */
            riskPreference: string;
            /** @description 投资金额偏好 */
            amountPreference: string;
            /** @description 投资周期偏好 */
            cyclePreference: string;
            /** @description 投资利率偏好: 2.1%-3.25%; null when the customer has not bought */
            interestRatePreference: string | null;
            /** @description 企业分类 (the label everywhere) */
            category: string;
            /** @description 理财特征 */
            features: string[];
            /** @description 已购买 */
            bought: boolean;
            /** @description 沉淀资金 (yuan), null without balances */
            idleFunds: number | null;
        };
        PreferenceParams: {
            /** @description 企业分类 */
            categories: {
                id: string;
                name: string;
            }[];
            /** @description 理财特征 */
            features: {
                id: string;
                name: string;
            }[];
            /** @description 投资风险偏好 (1 lowest – 5 highest) */
            riskPreferences: {
                id: string;
                name: string;
            }[];
            /** @description 投资金额偏好 */
            amountPreferences: {
                id: string;
                name: string;
            }[];
            /** @description 投资周期偏好 */
            cyclePreferences: {
                id: string;
                name: string;
            }[];
        };
        LibraryProduct: {
            /** @description 产品代码 */
            productCode: string;
            /** @description 理财产品名称 */
            productName: string;
            /** @description 投资期限: the term, 182天 */
            investmentPeriod: string;
            /** @description 赎回/到期日: expiryDate, YYYY-MM-DD */
            deadline: string;
            /** @description 成立日期: valueDate (起息日), YYYY-MM-DD */
            createTime: string;
            /** @description 风险评级 R1–R5 */
            riskLevel: string;
            /** @description 业绩基准: expected rate, % a year */
            interestRate: number;
            /** @description 备注 (empty when none) */
            remark: string;
            /** @description 交易时间: first day of sale, YYYY-MM-DD */
            tradeTime: string;
            /** @description 申购期: the sales window, YYYY-MM-DD至YYYY-MM-DD */
            applyTime: string;
            /** @description 下载链接: the product manual URL (empty when none) */
            downloadUri: string;
            /** @description 下载链接是否存在 */
            downloadUriFlag: boolean;
            /** @description 金额（期限）分段: starting amount and term, 5万元起/182天 */
            amount: string;
            /** @description 产品类型: 保本 / 非保本 / 结构性 */
            productType: string;
        };
        HoldingRow: {
            /** @description 企业编号 */
            basicInfoCode: string;
            /** @description 企业名称 */
            companyName: string;
            /** @description 理财客户所属支行名称 */
            belongsToBranch: string;
            /** @description 理财客户所属网点名称 */
            belongsToOutlet: string;
            /** @description 产品代码 */
            productCode: string;
            /** @description 产品名称; null when the product is not in the current product file */
            productName: string | null;
            /** @description 企业id: the customer code, as companyId is everywhere */
            companyId: string;
            /** @description 起息日, epoch ms of its midnight in the bank's time zone */
            valueTime: number;
            /** @description 到期日, epoch ms of its midnight in the bank's time zone */
            expiryTime: number;
            /** @description 金额（万元）: the holding's balance; a number, as balances are everywhere in this API */
            balance: number;
        };
        WarningWindow: {
            /** @description 前: days before today whose maturities still show (0–366) */
            start: number;
            /** @description 后: days after today whose maturities show (1–366); a number (the document says string once; numbers are used for both bounds) */
            end: number;
        };
        TradeFlowRow: {
            /** @description 交易id (tradeId) */
            id: string;
            /** @description 企业编号 */
            basicInfoCode: string;
            /** @description 企业名称 */
            companyName: string;
            /** @description 理财客户所属支行名称 */
            belongsToBranch: string;
            /** @description 理财客户所属网点名称 */
            belongsToOutlet: string;
            /** @description 产品代码 */
            productCode: string;
            /** @description 产品名称; null when the product is not in the current product file */
            productName: string | null;
            /** @description 企业id: the customer code, as companyId is everywhere */
            companyId: string;
            /** @description 交易时间: epoch ms of the trade time in the bank's time zone */
            tradeTime: number;
            /** @description 起息日, epoch ms; null when not given */
            valueTime: number | null;
            /** @description 到期日, epoch ms; null when not given */
            expiryTime: number | null;
            /** @description 业务种类: 认购 / 申购 / 赎回 / 到期兑付 */
            businessType: string;
            /** @description 收益率 (% a year) */
            interestRate: number | null;
            /** @description 渠道: 网银 / 手机银行 / 柜台 */
            tradeChannel: string;
            /** @description 金额（万元）; a number, as in /api/company/trade_history */
            financialTradeAmount: number;
        };
        AnalysisSettings: {
            /** @description analysis date D (YYYY-MM-DD), or null: the latest trade date in the data */
            analysisDate: string | null;
            /** @description 波动程度: a coefficient of variation below this is 低 (0–10, at most 4 decimals; default 0.2) */
            lowThreshold: number;
            /** @description below this (and at least lowThreshold) is 中, otherwise 高 (default 0.5) */
            mediumThreshold: number;
            /** @description counterpartyBank values meaning our own bank (行内), besides an empty one; at most 20 */
            ourBankCodes: string[];
            /** @description when a bank admin last saved them (epoch ms); null: the configured defaults */
            updatedAt: number | null;
            /** @description the user id of that bank admin */
            updatedBy: number | null;
        };
        AuditEvent: {
            id: string;
            at: number;
            /** @enum {string} */
            kind: "sign_in" | "sign_in_failed" | "sign_in_throttled" | "sign_out" | "password_change" | "password_reset" | "user_create" | "user_edit" | "user_delete" | "organisation_change" | "upload" | "apply" | "recompute" | "setting_change" | "export" | "marketing_record_edit" | "marketing_record_delete" | "advisor_product_change";
            /** @enum {string} */
            outcome: "success" | "failure";
            userId: number | null;
            username: string;
            role: number | null;
            branchId: number | null;
            outletId: number | null;
            address: string;
            target: string | null;
            details: {
                [key: string]: string | number | boolean | null;
            };
        };
        MarketingRecord: {
            /** @description 营销记录id */
            id: string;
            /** @description 营销情况 0–5 */
            type: number;
            /** @description 营销人员 (the author's name) */
            name: string;
            /** @description 详细 */
            remark: string;
            /** @description 营销时间, YYYY-MM-DD HH:mm:ss in the bank's time zone */
            createTime: string;
            /** @description 企业编号 */
            code: string;
            /** @description last change, YYYY-MM-DD HH:mm:ss */
            updateTime: string;
        };
        FocusCustomer: {
            /** @description 企业id (the customer code) */
            id: string;
            /** @description 企业编号 */
            code: string;
            /** @description 企业名称 */
            companyName: string;
            /** @description 所属支行 (name) */
            belongsToBranch: string;
            /** @description 所属网点 (name) */
            belongsToOutlet: string;
            /** @description 投资风险偏好 R1–R5 (text everywhere) */
            riskPreference: string;
            /** @description 投资金额偏好 */
            amountPreference: string;
            /** @description 投资周期偏好 */
            cyclePreference: string;
            /** @description 投资利率偏好: 2.1%-3.25%; null when the customer has not bought */
            interestRatePreference: string | null;
            /** @description 企业分类 (the label everywhere) */
            category: string;
            /** @description 理财特征 */
            features: string[];
            /** @description 已购买 */
            bought: boolean;
            /** @description 沉淀资金 (yuan), null without balances */
            idleFunds: number | null;
            /** @description when the customer was added (epoch ms) */
            focusTime: number;
        };
        StatisticsTopProduct: {
            /** @description 产品名称 (empty when not in the product file) */
            productName: string;
            /** @description 产品代码 */
            productCode: string;
            /** @description 投资期限: 182天 */
            investmentPeriod: string;
            /** @description 起购金额（万元）, as text */
            startingPurchaseAmount: string;
            /** @description 预期收益率: 3.85% */
            expectedInterestRate: string;
            /** @description 风险等级 R1–R5 */
            riskLevel: string;
            /** @description 产品说明书 (URL, empty when none) */
            productManual: string;
            /** @description the ranked figure: purchases or holding balance (万元) */
            amount: number;
        };
        HistoryStatisticsRow: {
            /** @description 购买总份额（万元）: 认购+申购 */
            boughtBalance: number;
            /** @description 网银购买总份额（万元）: 网银 or 手机银行 */
            onlineBoughtBalance: number;
            /** @description 柜台购买总份额（万元） */
            counterBoughtBalance: number;
            /** @description 赎回总份额（万元）: 赎回+到期兑付 */
            redeemBalance: number;
            /** @description 网银赎回总份额（万元） */
            onlineRedeemBalance: number;
            /** @description 柜台赎回总份额（万元） */
            counterRedeemBalance: number;
            /** @description 机构名称 (支行名或者网点名) */
            organizationName: string;
            /** @description 机构id (支行id或者网点id) */
            organizationId: number;
        };
        HoldStatisticsRow: {
            /** @description 总持有份额（万元） */
            balance: number;
            /** @description 保本理财份额（万元） */
            guaranteedBalance: number;
            /** @description 非保本理财份额（万元） */
            nonGuaranteedBalance: number;
            /** @description 结构性理财份额（万元） */
            structuralBalance: number;
            /** @description 机构名称 (支行名或者网点名) */
            organizationName: string;
            /** @description 机构id (支行id或者网点id) */
            organizationId: number;
        };
        LoginStatisticsRow: {
            /** @description 总账号数 (the document's spelling) */
            totalAcountQuantity: number;
            /** @description 已登录账号数: signed in successfully during the period */
            loginQuantity: number;
            /** @description 未登录账号数 */
            notLoginQuantity: number;
            /** @description 机构名称 (支行名或者网点名) */
            organizationName: string;
            /** @description 机构id (支行id或者网点id) */
            organizationId: number;
        };
        ConversionStatisticsRow: {
            /** @description 本月推荐客户数: customers with a marketing record this month */
            recommandQuantityThisMonth: number;
            /** @description 本月转化客户数: of them, bought on or after their first record */
            conversionQuantityThisMonth: number;
            /** @description 本月转化率 (%, two decimals) */
            conversionRateThisMonth: number;
            /** @description 本年累积转换客户数 */
            conversionQuantityThisYear: number;
            /** @description 本年累计转化率 (%, two decimals) */
            conversionRateThisYear: number;
            /** @description 机构名称 (支行名或者网点名) */
            organizationName: string;
            /** @description 机构id (支行id或者网点id) */
            organizationId: number;
        };
        ListedCompany: {
            /** @description 企业名称 */
            companyName: string;
            /** @description 上市企业ID */
            companyId: string;
            /** @description 是否购买他行理财: 是 / 否 */
            boughtOtherProductStatus: string;
            /** @description 是否为我行客户: 是 / 否 */
            ourCustomerStatus: string;
            /** @description 是否购买我行理财产品: 是 / 否 */
            boughtOurProductStatus: string;
        };
        DownloadTask: {
            /** @description the export type's name */
            name: string;
            taskId: string;
            /** @description epoch ms */
            createTime: number;
            /** @description the file's name (.xlsx) */
            filename: string;
            username: string;
            /** @description export type 1–21 */
            type: number;
            /**
             * @description state of the task
             * @enum {string}
             */
            status: "queued" | "running" | "done" | "failed";
            /** @description why a failed task failed */
            reason: string | null;
            /** @description rows written so far */
            rows: number;
            /** @description rows in all, once known */
            totalRows: number | null;
            /** @description 0–100 */
            progress: number;
        };
        ErrorEnvelope: {
            /**
             * @description envelope code, see the table in the API description
             * @enum {integer}
             */
            code: 10001 | 10002 | 10003 | 10005 | 10006 | 10007 | 10008 | 10404 | 10405 | 30004 | 30005 | 30006 | 50003 | 50000;
            msg: string;
            data: null | {
                field: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["SignInData"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: null;
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postUsermanagePasswordModify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    pwd: string;
                    newPwd: string;
                    /** @description newPwd again: must equal it (10001 otherwise) */
                    newPwdConfirm: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: null;
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postUsermanageInitializeUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    pwd: string;
                    newPwd: string;
                    /** @description newPwd again: must equal it (10001 otherwise) */
                    newPwdConfirm: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: null;
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getUsermanageUserList: {
        parameters: {
            query?: {
                keyword?: string;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            total: number;
                            userList: components["schemas"]["User"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getUsermanageUserDetail: {
        parameters: {
            query?: {
                /** @description 用户ID */
                userId?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["User"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postUsermanageUserDetail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ({
                    /** @description 用户ID */
                    userId: number | string;
                    name: string;
                    /** @description 1 分行管理员, 2 分行客户经理, 3 支行管理员, 4 网点客户经理, 5 支行客户经理 */
                    role: (1 | 2 | 3 | 4 | 5) | string;
                    /** @description 支行ID; required for roles 3–5, 0 or absent otherwise */
                    subbranchId?: number | string | null | "";
                    /** @description 网点ID; required for role 4, 0 or absent otherwise */
                    outletId?: number | string | null | "";
                } & {
                    [key: string]: unknown;
                }) & (unknown & unknown);
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["User"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postUsermanageCreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ({
                    username: string;
                    name: string;
                    /** @description 1 分行管理员, 2 分行客户经理, 3 支行管理员, 4 网点客户经理, 5 支行客户经理 */
                    role: (1 | 2 | 3 | 4 | 5) | string;
                    /** @description 支行ID; required for roles 3–5, 0 or absent otherwise */
                    subbranchId?: number | string | null | "";
                    /** @description 网点ID; required for role 4, 0 or absent otherwise */
                    outletId?: number | string | null | "";
                } & {
                    [key: string]: unknown;
                }) & (unknown & unknown);
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["User"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postUsermanageDeleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 用户ID */
                    userId: number | string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: null;
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postUsermanageResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 用户ID */
                    userId: number | string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: null;
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postOrganAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    outletName: string;
                    outletCode: string;
                    branchCode: string;
                    branchName: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["OutletRow"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postOrganChangeName: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    outletCode: string;
                    outletName: string;
                    branchName: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: null;
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postOrganChangeBranch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    outletCode: string;
                    branchCode: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: null;
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postOrganMerge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    outletCode: string;
                    newOutletCode: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            movedCompanies: number;
                            movedUsers: number;
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postOrganDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: null;
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getOrganList: {
        parameters: {
            query?: {
                keyword?: string;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            total: number;
                            outletList: components["schemas"]["OutletRow"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getOrganDetail: {
        parameters: {
            query: {
                code: string & unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            outletId: number;
                            /** @description 网点名称 */
                            outletName: string;
                            /** @description 网点编号 */
                            outletCode: string;
                            branchId: number;
                            /** @description 归属支行名称 */
                            branchName: string;
                            /** @description 归属支行编号 */
                            branchCode: string;
                            createTime: string;
                            /** @description 创建用户编号 (username) */
                            createUser: string;
                            createUserName: string;
                            updateTime: string;
                            /** @description 修改用户编号 (username) */
                            updateUser: string;
                            updateUserName: string;
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getNewParams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            branches: {
                                id: number;
                                code: string;
                                name: string;
                                outlets: {
                                    id: number;
                                    code: string;
                                    name: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postUpdatedatainitialize: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description upload type: organization, company, trade_flow, product, peer_product, holding, financial_trade, listed_company, shareholder
                     * @enum {string}
                     */
                    type: "organization" | "company" | "trade_flow" | "product" | "peer_product" | "holding" | "financial_trade" | "listed_company" | "shareholder";
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: null;
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postUploadUpdateData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    type?: ("organization" | "company" | "trade_flow" | "product" | "peer_product" | "holding" | "financial_trade" | "listed_company" | "shareholder") | "";
                    /**
                     * Format: binary
                     * @description the CSV (UTF-8, header row) or XLSX (first sheet) file
                     */
                    file: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description 失败了是0，成功了是一个文件的ID */
                            status: number;
                            /** @description the upload type the file was read as */
                            type: string;
                            /** @description data rows read */
                            rows: number;
                            errorCount: number;
                            errors: components["schemas"]["UploadRowError"][];
                            fileErrors: string[];
                            counts?: components["schemas"]["UploadCounts"];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getUpdatedatastatusAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            statusList: components["schemas"]["UploadTypeStatus"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postUpdatedatabutton: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description upload type: organization, company, trade_flow, product, peer_product, holding, financial_trade, listed_company, shareholder
                     * @enum {string}
                     */
                    type: "organization" | "company" | "trade_flow" | "product" | "peer_product" | "holding" | "financial_trade" | "listed_company" | "shareholder";
                    /** @description 文件ID的列表: an array, one id or "10,11" */
                    ids: (number | string)[] | number | string;
                    /** @description true: apply a snapshot file even when it would remove more than half of the type's current rows (without it such an apply answers 10008 and changes nothing); whole files never need it */
                    force?: boolean;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["UpdateResult"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getOrganStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @enum {number} */
                            status: 0 | 1 | 2;
                            message: string;
                            operation: ("apply" | "recompute") | null;
                            type: string | null;
                            startedAt: number | null;
                            finishedAt: number | null;
                            /** @description the data version served, 0 before the first update */
                            version: number;
                            /** @description analysis date D, YYYY-MM-DD */
                            analysisDate: string | null;
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postOrganUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["UpdateResult"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanyDetail: {
        parameters: {
            query: {
                id: string & unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            basicInfo: {
                                /** @description 企业名称 */
                                companyName: string;
                                /** @description 联系人 */
                                linkman: string;
                                /** @description 所属网点 (name) */
                                belongsToOutlet: string;
                                /** @description 所属支行 (name) */
                                belongsToBranch: string;
                                /** @description 编号 */
                                code: string;
                                /** @description 联系电话 */
                                contact: string;
                            };
                            /** @description 理财产品信息 (current holdings) */
                            financialProduct: components["schemas"]["FinancialProduct"][];
                            allTradeStream: components["schemas"]["TradeStream"];
                            borrowTradeStream: components["schemas"]["TradeStream"];
                            lendTradeStream: components["schemas"]["TradeStream"];
                            innerScale: components["schemas"]["InnerScale"];
                            /** @description 沉淀资金 (yuan), null without balances */
                            idleFunds: number | null;
                            /** @description the 12 window months, oldest first, for charts */
                            months: {
                                /** @description YYYY-MM */
                                month: string;
                                avgBalance: number | null;
                                borrowAmount: number;
                                borrowCount: number;
                                lendAmount: number;
                                lendCount: number;
                            }[];
                            /** @description analysis date D, YYYY-MM-DD */
                            analysisDate: string | null;
                            /** @description how to read the figures: D, the window and the settings of the recompute that made them */
                            analysis: components["schemas"]["AnalysisBasis"] | null;
                            preference: components["schemas"]["Preference"];
                            /** @description 推荐产品, best score first */
                            recommand: components["schemas"]["RecommendedProduct"][];
                            /** @description top5产品, most bought first */
                            top5Product: components["schemas"]["TopProduct"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanyDetail1: {
        parameters: {
            query: {
                id: string & unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            basicInfo: {
                                companyName: string;
                                linkman: string;
                                belongsToOutlet: string;
                                belongsToBranch: string;
                                code: string;
                                contact: string;
                            };
                            financialProduct: components["schemas"]["LegacyFinancialProduct"][];
                            allTradeStream: components["schemas"]["LegacyTradeStream"];
                            borrowTradeStream: components["schemas"]["LegacyTradeStream"];
                            lendTradeStream: components["schemas"]["LegacyTradeStream"];
                            innerScale: components["schemas"]["InnerScale"];
                            preference: components["schemas"]["Preference"];
                            /** @description 推荐产品, best score first */
                            recommand: components["schemas"]["LegacyRecommendation"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanySearch: {
        parameters: {
            query?: {
                keyword?: string;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            total: number;
                            companies: components["schemas"]["CompanySearchRow"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanySuggestion: {
        parameters: {
            query: {
                /** @description 搜索词 (code or name) */
                keyword: string & unknown;
                /** @description 限制条数，默认10; more than 50 is served as 50 */
                limit?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description all matches in scope */
                            total: number;
                            companies: {
                                /** @description 企业编号 (same as code) */
                                id: string;
                                /** @description 企业编号 */
                                code: string;
                                /** @description 企业名称 */
                                companyName: string;
                                /** @description 所属网点 (name) */
                                belongsToOutlet: string;
                                /** @description 所属支行 (name) */
                                belongsToBranch: string;
                                /** @description 投资风险偏好 R1–R5 (text everywhere) */
                                riskPreference: string;
                                /** @description 投资金额偏好 */
                                amountPreference: string;
                                /** @description 投资周期偏好 */
                                cyclePreference: string;
                                /** @description 投资利率偏好: 2.1%-3.25%; null when the customer has not bought */
                                interestRatePreference: string | null;
                                /** @description 企业分类: the id of /api/params (1–3 bought, 4–6 not bought) */
                                category: number;
                                /** @description 企业分类 (label) */
                                categoryName: string;
                            }[];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanyTradeHistory: {
        parameters: {
            query: {
                companyId: string & unknown;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description all the customer's trades */
                            total: number;
                            trade_histories: components["schemas"]["TradeHistoryRow"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postCompanyContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    companyId: string;
                    linkman: string;
                    contact: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description 企业ID (customer code) */
                            companyId: string;
                            /** @description 联系人 */
                            linkman: string;
                            /** @description 联系电话 */
                            contact: string;
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanyMatch: {
        parameters: {
            query: {
                /** @description 产品id: the product code (see /api/product/suggestion) */
                code: string & unknown;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description all matching customers in scope */
                            total: number;
                            companies: {
                                /** @description 企业id (the customer code) */
                                id: string;
                                /** @description 企业编号 */
                                code: string;
                                /** @description 企业名称 */
                                companyName: string;
                                /** @description 所属支行 (name) */
                                belongsToBranch: string;
                                /** @description 所属网点 (name) */
                                belongsToOutlet: string;
                                /** @description 投资风险偏好 as the API document types it on this route: [n] for R{n} (text in `riskLevel`) */
                                riskPreference: number[];
                                /** @description 投资金额偏好 */
                                amountPreference: string;
                                /** @description 投资周期偏好 */
                                cyclePreference: string;
                                /** @description 投资利率偏好: 2.1%-3.25%; null when the customer has not bought */
                                interestRatePreference: string | null;
                                /** @description 企业分类: the id of /api/params */
                                category: number;
                                /** @description 理财特征 */
                                features: string[];
                                /** @description 已购买 */
                                bought: boolean;
                                /** @description 沉淀资金 (yuan), null without balances */
                                idleFunds: number | null;
                                /** @description 投资风险偏好 R1–R5 (text everywhere) */
                                riskLevel: string;
                                /** @description 企业分类 (the label everywhere) */
                                categoryName: string;
                                /** @description 匹配度 0–100: with enough purchase history, the learned chance (%) that the product is the customer's next choice among those it may buy; otherwise the rule score */
                                score: number;
                                /** @description 推荐理由 */
                                reasons: string[];
                            }[];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanyMatch1: {
        parameters: {
            query: {
                /** @description 产品id: the product code (see /api/product/suggestion) */
                code: string & unknown;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            total: number;
                            companies: {
                                /** @description 企业id (the customer code) */
                                id: string;
                                /** @description 企业名称 */
                                companyName: string;
                                /** @description 所属支行 (name) */
                                belongsToBranch: string;
                                /** @description 所属网点 (name) */
                                belongsToOutlet: string;
                                /** @description 投资风险偏好 as the API document types it on this route: [n] for R{n} (text in `riskLevel`) */
                                riskPreference: number[];
                                /** @description 投资金额偏好 */
                                amountPreference: string;
                                /** @description 投资周期偏好 */
                                cyclePreference: string;
                                /** @description 投资利率偏好: 2.1%-3.25%; null when the customer has not bought */
                                interestRatePreference: string | null;
                                /** @description 企业分类 (the label everywhere) */
                                category: string;
                            }[];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanyMatchModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @enum {string} */
                            mode: "learned" | "baseline" | "rules";
                            reason: string;
                            /** @description purchases (认购/申购) of known customers and products up to D */
                            purchases: number;
                            /** @description purchases fitted (a time-ordered sample) */
                            fitted: number;
                            /** @description first day of the held-out purchases */
                            cutoff: string | null;
                            warm: {
                                /** @description held-out purchases of the segment */
                                validated: number;
                                /** @description share of them the model ranks in its top 5 */
                                modelHitRate: number;
                                /** @description share of them the baseline ranks in its top 5 */
                                baselineHitRate: number;
                                /**
                                 * @description what scores the segment
                                 * @enum {string}
                                 */
                                scorer: "model" | "baseline";
                            } | null;
                            cold: {
                                /** @description held-out purchases of the segment */
                                validated: number;
                                /** @description share of them the model ranks in its top 5 */
                                modelHitRate: number;
                                /** @description share of them the baseline ranks in its top 5 */
                                baselineHitRate: number;
                                /**
                                 * @description what scores the segment
                                 * @enum {string}
                                 */
                                scorer: "model" | "baseline";
                            } | null;
                            /** @description fitted weight per feature */
                            weights: {
                                [key: string]: number;
                            };
                            /** @description fitted weights of the baseline: the rule score, recent and total popularity, recent launches */
                            baseline: {
                                [key: string]: number;
                            };
                            /** @description weight of the rule score in the baseline */
                            rulesWeight: number;
                            /** @description time the fit took, ms */
                            fitMs: number;
                            /** @description time scoring every customer × product took at D (revealed preferences, normalisers), ms */
                            scoringMs: number;
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postCompanyRecommand: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description 支行id of /api/params; 0 or empty: any */
                    branchId?: null | "" | number | string;
                    /** @description 网点id of /api/params; 0 or empty: any */
                    outletId?: null | "" | number | string;
                    /** @description 是否已购买: 1 已购买, 0 未购买; empty for both */
                    boughtFlag?: (null | "") | ((0 | 1) | ("0" | "1") | (true | false) | ("true" | "false"));
                    /** @description 投资风险偏好: ids 1–5 of /api/params */
                    riskPreferences?: null | number | string | (number | string)[];
                    /** @description 投资金额范围: ids 1–5 of /api/params, labels or a range in 万 */
                    amountPreference?: null | number | string | (number | string)[];
                    /** @description 投资周期范围: ids 1–4 of /api/params, labels or a range in 个月 */
                    cyclePreference?: null | number | string | (number | string)[];
                    /** @description 企业分类: ids 1–6 of /api/params */
                    categories?: null | number | string | (number | string)[];
                    /** @description 理财特征: ids 1–7 of /api/params */
                    features?: null | number | string | (number | string)[];
                    /** @description 投资利率偏好 (% a year): 3.5 or 3-4, from 0 to 100; matches overlapping rate preferences */
                    interestRatePreference?: null | "" | number | string;
                    /** @description page number, from 1 */
                    page?: number | string;
                    /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                    count?: number | string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description all matching customers in scope */
                            total: number;
                            companies: components["schemas"]["MatchingCustomer"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getParams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            branches: {
                                id: string;
                                name: string;
                                outlets: {
                                    id: string;
                                    name: string;
                                }[];
                            }[];
                            bought: components["schemas"]["PreferenceParams"];
                            notBought: components["schemas"]["PreferenceParams"];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getProducts: {
        parameters: {
            query?: {
                keyword?: string;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description 更新时间戳: when the active data version was applied, epoch ms; null before the first update */
                            updateTime: number | null;
                            total: number;
                            products: components["schemas"]["LibraryProduct"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getProducts1: {
        parameters: {
            query?: {
                /** @description 条数, at least 1 (default 10); more than 100 is served as 100 */
                limit?: (number | string) | string;
                comanyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description 更新时间戳: when the active data version was applied, epoch ms; null before the first update */
                            updateTime: number | null;
                            products: {
                                /** @description 产品代码 */
                                productCode: string;
                                /** @description 理财产品名称 */
                                productName: string;
                                /** @description 投资期限: the term, 182天 */
                                investmentPeriod: string;
                                /** @description 赎回/到期日: expiryDate, YYYY-MM-DD */
                                deadline: string;
                                /** @description 成立日期: valueDate (起息日), YYYY-MM-DD */
                                createTime: string;
                                /** @description 风险评级 R1–R5 */
                                riskLevel: string;
                                /** @description 业绩基准: expected rate, % a year */
                                interestRate: number;
                                /** @description 备注 (empty when none) */
                                remark: string;
                                /** @description 交易时间: first day of sale, YYYY-MM-DD */
                                tradeTime: string;
                                /** @description 申购期: the sales window, YYYY-MM-DD至YYYY-MM-DD */
                                applyTime: string;
                                /** @description 下载链接: the product manual URL (empty when none) */
                                downloadUri: string;
                                /** @description 下载链接是否存在 */
                                downloadUriFlag: boolean;
                                /** @description 金额（期限）分段: starting amount and term, 5万元起/182天 */
                                amount: string;
                                /** @description 产品类型: 保本 / 非保本 / 结构性 */
                                productType: string;
                                /** @description 银行名称 */
                                bankName: string;
                            }[];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getFinancialTodayProducts: {
        parameters: {
            query?: {
                keyword?: string;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            total: number;
                            products: {
                                /** @description 产品id: 1-based position in the uploaded product file */
                                productId: number;
                                /** @description 产品代码 */
                                productCode: string;
                                /** @description 产品名称 */
                                productName: string;
                                /** @description 风险等级 R1–R5 */
                                riskLevel: string;
                                /** @description 投资期限: 182天 */
                                investmentPeriod: string;
                                /** @description 起购金额（万元）, decimal text as the document types it */
                                startingPurchaseAmount: string;
                                /** @description 预期收益率, % a year (a number in both lists) */
                                expectedInterestRate: number;
                                /** @description 销售起日, epoch ms */
                                salesStartTime: number;
                                /** @description 销售止日, epoch ms */
                                salesEndTime: number;
                                /** @description 起息日, epoch ms */
                                valueTime: number;
                                /** @description 到期日, epoch ms */
                                expiryTime: number;
                                /** @description 产品说明书链接 (empty when none) */
                                productManual: string;
                            }[];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getFinancialPeerProducts: {
        parameters: {
            query?: {
                keyword?: string;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            total: number;
                            products: {
                                /** @description 产品id: 1-based position in the uploaded product file */
                                productId: number;
                                /** @description 产品代码 */
                                productCode: string;
                                /** @description 产品名称 */
                                productName: string;
                                /** @description 风险等级 R1–R5 */
                                riskLevel: string;
                                /** @description 投资期限: 182天 */
                                investmentPeriod: string;
                                /** @description 起购金额（万元）, decimal text as the document types it */
                                startingPurchaseAmount: string;
                                /** @description 预期收益率, % a year (a number in both lists) */
                                expectedInterestRate: number;
                                /** @description 销售起日, epoch ms */
                                salesStartTime: number;
                                /** @description 销售止日, epoch ms */
                                salesEndTime: number;
                                /** @description 起息日, epoch ms */
                                valueTime: number;
                                /** @description 到期日, epoch ms */
                                expiryTime: number;
                                /** @description 产品说明书链接 (empty when none) */
                                productManual: string;
                                /** @description 银行名称 */
                                bankName: string;
                            }[];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getProductSuggestion: {
        parameters: {
            query?: {
                keyword?: string;
                /** @description 限制条数，默认10; more than 50 is served as 50 */
                limit?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description all matches */
                            total: number;
                            products: {
                                /** @description 产品唯一标识 (the product code) */
                                id: string;
                                /** @description 产品代码 */
                                code: string;
                                /** @description 产品名称 */
                                name: string;
                            }[];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanyRecentProducts: {
        parameters: {
            query?: {
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description all maturing holdings in scope */
                            total: number;
                            companies: components["schemas"]["HoldingRow"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanyConfigrecent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["WarningWindow"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postCompanyConfigrecent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 前: days before today whose maturities still show (0–366) */
                    start: number | string;
                    /** @description 后: days after today whose maturities show (1–366) */
                    end: number | string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["WarningWindow"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getFinancialHoldProducts: {
        parameters: {
            query?: {
                keyword?: string;
                branchId?: (number | string | null | "") | string;
                outletId?: (number | string | null | "") | string;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description all matching holdings in scope */
                            total: number;
                            products: components["schemas"]["HoldingRow"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getFinancialTradeFlow: {
        parameters: {
            query?: {
                keyword?: string;
                branchId?: (number | string | null | "") | string;
                outletid?: (number | string | null | "") | string;
                outletId?: (number | string | null | "") | string;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description all matching trades in scope */
                            total: number;
                            products: components["schemas"]["TradeFlowRow"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getSettingsAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["AnalysisSettings"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postSettingsAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description analysis date D (YYYY-MM-DD), or null: the latest trade date in the data */
                    analysisDate?: string | null;
                    /** @description 波动程度: a coefficient of variation below this is 低 (0–10, at most 4 decimals; default 0.2) */
                    lowThreshold?: number;
                    /** @description below this (and at least lowThreshold) is 中, otherwise 高 (default 0.5) */
                    mediumThreshold?: number;
                    /** @description counterpartyBank values meaning our own bank (行内), besides an empty one; at most 20 */
                    ourBankCodes?: string[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["AnalysisSettings"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                /** @description only events of this user */
                userId?: (number | string) | string;
                /** @description one or more of sign_in, sign_in_failed, sign_in_throttled, sign_out, password_change, password_reset, user_create, user_edit, user_delete, organisation_change, upload, apply, recompute, setting_change, export, marketing_record_edit, marketing_record_delete, advisor_product_change, separated by commas */
                kind?: string;
                /** @description from this time on, epoch ms */
                start?: (number | string) | string;
                /** @description up to this time, epoch ms */
                end?: (number | string) | string;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            total: number;
                            auditList: components["schemas"]["AuditEvent"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanyMarketing: {
        parameters: {
            query: {
                code: string & unknown;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            total: number;
                            result: components["schemas"]["MarketingRecord"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putCompanyMarketing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    /** @description 营销时间: epoch milliseconds, or the bank's wall-clock time YYYY-MM-DD HH:mm:ss (or YYYY-MM-DD); from 2000 up to a day after now */
                    createTime?: number | string;
                    /** @description 营销情况: 0 电话营销, 1 上门拜访, 2 线上触达, 3 有购买意向, 4 已成交, 5 无意向 */
                    type?: (0 | 1 | 2 | 3 | 4 | 5) | ("0" | "1" | "2" | "3" | "4" | "5");
                    /** @description 详细, at most 500 characters */
                    remark?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["MarketingRecord"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postCompanyMarketing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 营销时间: epoch milliseconds, or the bank's wall-clock time YYYY-MM-DD HH:mm:ss (or YYYY-MM-DD); from 2000 up to a day after now */
                    createTime: number | string;
                    /** @description 营销情况: 0 电话营销, 1 上门拜访, 2 线上触达, 3 有购买意向, 4 已成交, 5 无意向 */
                    type: (0 | 1 | 2 | 3 | 4 | 5) | ("0" | "1" | "2" | "3" | "4" | "5");
                    /** @description 详细, at most 500 characters */
                    remark: string;
                    code: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: components["schemas"]["MarketingRecord"];
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteCompanyMarketing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCompanyFocus: {
        parameters: {
            query?: {
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            total: number;
                            result: components["schemas"]["FocusCustomer"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postCompanyFocus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @description 编辑类型: 0 取关 (remove), 1 关注 (add) */
                    type: (0 | 1) | string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            /** @description 企业编号 */
                            code: string;
                            /** @description on the list now */
                            focused: boolean;
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getStatisticsHistoryTop: {
        parameters: {
            query?: {
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
                branchId?: (number | string | null | "") | string;
                outletId?: (number | string | null | "") | string;
                /** @description top前多少, 1–1000 (default 20) */
                limit?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            products: components["schemas"]["StatisticsTopProduct"][];
                            /** @description products in the top list (at most limit) */
                            total: number;
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getStatisticsHistoryList: {
        parameters: {
            query?: {
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
                starttime?: (number | string) | string;
                endtime?: (number | string) | string;
                keyword?: string;
                branchId?: (number | string | null | "") | string;
                outletId?: (number | string | null | "") | string;
                /** @description 1 购买 2 网银购买 3 柜台购买 4 赎回 5 网银赎回 6 柜台赎回 */
                sortType?: (number | string) | string;
                /** @description 1 降序 (default), 0 升序 */
                sort?: ((0 | 1) | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            organizations: components["schemas"]["HistoryStatisticsRow"][];
                            /** @description all rows (a number here; the document gives text in places) */
                            total: number;
                            /** @description the caller's sub-branch among all sub-branches (全分行排名); absent for bank-level callers */
                            branchRank?: {
                                /** @description 购买总份额（万元）: 认购+申购 */
                                boughtBalanceRank: number;
                                /** @description 网银购买总份额（万元）: 网银 or 手机银行 */
                                onlineBoughtBalanceRank: number;
                                /** @description 柜台购买总份额（万元） */
                                counterBoughtBalanceRank: number;
                                /** @description 赎回总份额（万元）: 赎回+到期兑付 */
                                redeemBalanceRank: number;
                                /** @description 网银赎回总份额（万元） */
                                onlineRedeemBalanceRank: number;
                                /** @description 柜台赎回总份额（万元） */
                                counterRedeemBalanceRank: number;
                                /** @description how many organisations were ranked */
                                total: number;
                            };
                            /** @description the caller's outlet among its sub-branch's outlets (所在支行排名); outlet staff only */
                            outletRank?: {
                                /** @description 购买总份额（万元）: 认购+申购 */
                                boughtBalanceRank: number;
                                /** @description 网银购买总份额（万元）: 网银 or 手机银行 */
                                onlineBoughtBalanceRank: number;
                                /** @description 柜台购买总份额（万元） */
                                counterBoughtBalanceRank: number;
                                /** @description 赎回总份额（万元）: 赎回+到期兑付 */
                                redeemBalanceRank: number;
                                /** @description 网银赎回总份额（万元） */
                                onlineRedeemBalanceRank: number;
                                /** @description 柜台赎回总份额（万元） */
                                counterRedeemBalanceRank: number;
                                /** @description how many organisations were ranked */
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getStatisticsHoldTop: {
        parameters: {
            query?: {
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
                branchId?: (number | string | null | "") | string;
                outletId?: (number | string | null | "") | string;
                /** @description top前多少, 1–1000 (default 20) */
                limit?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            products: components["schemas"]["StatisticsTopProduct"][];
                            /** @description products in the top list (at most limit) */
                            total: number;
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getStatisticsHoldList: {
        parameters: {
            query?: {
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
                keyword?: string;
                branchId?: (number | string | null | "") | string;
                outletId?: (number | string | null | "") | string;
                /** @description 1 总持有 2 保本 3 非保本 4 结构性 */
                sortType?: (number | string) | string;
                /** @description 1 降序 (default), 0 升序 */
                sort?: ((0 | 1) | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            organizations: components["schemas"]["HoldStatisticsRow"][];
                            /** @description all rows (a number here; the document gives text in places) */
                            total: number;
                            /** @description the caller's sub-branch among all sub-branches (全分行排名); absent for bank-level callers */
                            branchRank?: {
                                /** @description 总持有份额（万元） */
                                balanceRank: number;
                                /** @description 保本理财份额（万元） */
                                guaranteedBalanceRank: number;
                                /** @description 非保本理财份额（万元） */
                                nonGuaranteedBalanceRank: number;
                                /** @description 结构性理财份额（万元） */
                                structuralBalanceRank: number;
                                /** @description how many organisations were ranked */
                                total: number;
                            };
                            /** @description the caller's outlet among its sub-branch's outlets (所在支行排名); outlet staff only */
                            outletRank?: {
                                /** @description 总持有份额（万元） */
                                balanceRank: number;
                                /** @description 保本理财份额（万元） */
                                guaranteedBalanceRank: number;
                                /** @description 非保本理财份额（万元） */
                                nonGuaranteedBalanceRank: number;
                                /** @description 结构性理财份额（万元） */
                                structuralBalanceRank: number;
                                /** @description how many organisations were ranked */
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getStatisticsLogin: {
        parameters: {
            query?: {
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
                starttime?: (number | string) | string;
                endtime?: (number | string) | string;
                keyword?: string;
                branchId?: (number | string | null | "") | string;
                outletId?: (number | string | null | "") | string;
                /** @description 1 总账号数 2 已登录 3 未登录 */
                sortType?: (number | string) | string;
                /** @description 1 降序 (default), 0 升序 */
                sort?: ((0 | 1) | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            organizations: components["schemas"]["LoginStatisticsRow"][];
                            /** @description all rows (a number here; the document gives text in places) */
                            total: number;
                            /** @description the caller's sub-branch among all sub-branches (全分行排名); absent for bank-level callers */
                            branchRank?: {
                                /** @description 总账号数 (the document's spelling) */
                                totalAcountQuantityRank: number;
                                /** @description 已登录账号数: signed in successfully during the period */
                                loginQuantityRank: number;
                                /** @description 未登录账号数 */
                                notLoginQuantityRank: number;
                                /** @description how many organisations were ranked */
                                total: number;
                            };
                            /** @description the caller's outlet among its sub-branch's outlets (所在支行排名); outlet staff only */
                            outletRank?: {
                                /** @description 总账号数 (the document's spelling) */
                                totalAcountQuantityRank: number;
                                /** @description 已登录账号数: signed in successfully during the period */
                                loginQuantityRank: number;
                                /** @description 未登录账号数 */
                                notLoginQuantityRank: number;
                                /** @description how many organisations were ranked */
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getStatisticsConversionRate: {
        parameters: {
            query?: {
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
                keyword?: string;
                branchId?: (number | string | null | "") | string;
                outletId?: (number | string | null | "") | string;
                /** @description 1 本月推荐 2 本月转化 3 本月转化率 4 本年转化 5 本年转化率 */
                sortType?: (number | string) | string;
                /** @description 1 降序 (default), 0 升序 */
                sort?: ((0 | 1) | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            organizations: components["schemas"]["ConversionStatisticsRow"][];
                            /** @description all rows (a number here; the document gives text in places) */
                            total: number;
                            /** @description the caller's sub-branch among all sub-branches (全分行排名); absent for bank-level callers */
                            branchRank?: {
                                /** @description 本月推荐客户数: customers with a marketing record this month */
                                recommandQuantityThisMonthRank: number;
                                /** @description 本月转化客户数: of them, bought on or after their first record */
                                conversionQuantityThisMonthRank: number;
                                /** @description 本月转化率 (%, two decimals) */
                                conversionRateThisMonthRank: number;
                                /** @description 本年累积转换客户数 */
                                conversionQuantityThisYearRank: number;
                                /** @description 本年累计转化率 (%, two decimals) */
                                conversionRateThisYearRank: number;
                                /** @description how many organisations were ranked */
                                total: number;
                            };
                            /** @description the caller's outlet among its sub-branch's outlets (所在支行排名); outlet staff only */
                            outletRank?: {
                                /** @description 本月推荐客户数: customers with a marketing record this month */
                                recommandQuantityThisMonthRank: number;
                                /** @description 本月转化客户数: of them, bought on or after their first record */
                                conversionQuantityThisMonthRank: number;
                                /** @description 本月转化率 (%, two decimals) */
                                conversionRateThisMonthRank: number;
                                /** @description 本年累积转换客户数 */
                                conversionQuantityThisYearRank: number;
                                /** @description 本年累计转化率 (%, two decimals) */
                                conversionRateThisYearRank: number;
                                /** @description how many organisations were ranked */
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getListedCompany: {
        parameters: {
            query?: {
                keyword?: string;
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            total: number;
                            companies: components["schemas"]["ListedCompany"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getListedCompanyDetail: {
        parameters: {
            query: {
                listedCompanyId: string & unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            name: string;
                            contact: string;
                            email: string;
                            registeredCapital: string;
                            /** @description 成立时间 YYYY-MM-DD */
                            createTime: string;
                            /** @description 登记机关 */
                            RA: string;
                            /** @description 是否我行客户: 是 / 否 */
                            ourCustomerStatus: string;
                            belongsToBranch: string;
                            belongsToOutlet: string;
                            registeredLocation: string;
                            description: string;
                            businessScope: string;
                            /** @description 上市公告 URL */
                            statement: string;
                            statementFlag: boolean;
                            /** @description 上市理财公告 URL */
                            financialManagementNotice: string;
                            financialManagementNoticeFlag: boolean;
                            /** @description 企业编号 of the linked customer */
                            basicInfoCode: string;
                            /** @description 上市企业ID */
                            companyId: string;
                            shareholders: {
                                /** @description 股东姓名 */
                                name: string;
                                /** @description 持有数量 */
                                holdQuantity: number;
                                /** @description 占股本比例 (%) */
                                equityProportion: number;
                                /** @description 股份类型 (text as uploaded; the document says number) */
                                shareType: string;
                            }[];
                            /** @description false: no wealth trade or holding with us */
                            boughtOurProductStatus: boolean;
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getDownloadGetDownload: {
        parameters: {
            query: {
                /** @description task ID */
                taskId: string & unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getDownloadDownloadList: {
        parameters: {
            query?: {
                /** @description page number, from 1 */
                page?: (number | string) | string;
                /** @description rows per page, at least 1 (default 10); more than 100 is served as 100 */
                count?: (number | string) | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            total: number;
                            downloadList: components["schemas"]["DownloadTask"][];
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postDownloadCreateDownload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 已购买价值客户, 2 未购买潜力客户, 3 产品推荐客户, 4 理财到期预警, 5 持有产品查询, 6 流水交易查询, 7 今日在售理财产品, 8 我行在售理财产品, 9 同行在售理财产品, 10 当前持有产品统计, 11 历史购买产品统计, 12 转化率统计, 13 登录数据统计, 14 未登录详情, 15 上市企业, 16 转化率统计-导出本月新增, 17 转化率统计-导出本年新增, 18 搜索客户, 19 营销按月, 20 营销按年, 21 登录详情, 22 审计日志 */
                    type: number | string;
                    /** @description the list's own query or body parameters: a JSON object or its JSON text */
                    info?: {
                        [key: string]: unknown;
                    } | string | null;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description success (code 10000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        code: 10000;
                        msg: string;
                        data: {
                            taskId: string;
                        };
                    };
                };
            };
            /** @description failure, see the code table */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description failure, see the code table */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}
